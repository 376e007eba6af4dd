using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AmisModular.Storage.Bulk;

/// <summary>One mapped property of a bulk-written entity: its column, its type mapping and whether the database may generate it.</summary>
internal sealed record BulkInsertColumn(IProperty Property, string Column, RelationalTypeMapping Mapping, bool StoreGenerated, bool ClientGenerated)
{
    // Read once per model, not per row and column: the getter lookup, the converter and the enum's integer type showed in the per-row cost.
    private readonly IClrPropertyGetter getter = Property.GetGetter();
    private readonly ValueConverter? converter = Mapping.Converter;
    private readonly Type? enumUnderlying = UnderlyingEnum(Property.ClrType);

    public object? ValueOf(object entity) => getter.GetClrValueUsingContainingEntity(entity);

    public bool HasDefaultValue(object entity) => getter.HasSentinelValueUsingContainingEntity(entity);

    /// <summary>The value as the provider stores it: the model's converter applied (money, enums, ...), null as DBNull.</summary>
    public object ToProvider(object? value)
    {
        if (value is null)
        {
            return DBNull.Value;
        }

        if (converter is not null)
        {
            return converter.ConvertToProvider(value) ?? DBNull.Value;
        }

        return enumUnderlying is not null ? Convert.ChangeType(value, enumUnderlying, System.Globalization.CultureInfo.InvariantCulture) : value;
    }

    public string Describe() => $"{Property.DeclaringType.DisplayName()}.{Property.Name}";

    private static Type? UnderlyingEnum(Type clrType)
    {
        var type = Nullable.GetUnderlyingType(clrType) ?? clrType;
        return type.IsEnum ? Enum.GetUnderlyingType(type) : null;
    }
}
