using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AmisModular.Storage.Bulk;

/// <summary>One mapped property of a bulk-written entity: its column, its type mapping and whether the database may generate it.</summary>
internal sealed record BulkInsertColumn(IProperty Property, string Column, RelationalTypeMapping Mapping, bool StoreGenerated, bool ClientGenerated)
{
    public object? ValueOf(object entity) => Property.GetGetter().GetClrValueUsingContainingEntity(entity);

    public bool HasDefaultValue(object entity) => Property.GetGetter().HasSentinelValueUsingContainingEntity(entity);

    /// <summary>The value as the provider stores it: the model's converter applied (money, enums, ...), null as DBNull.</summary>
    public object ToProvider(object? value)
    {
        if (value is null)
        {
            return DBNull.Value;
        }

        if (Mapping.Converter is { } converter)
        {
            return converter.ConvertToProvider(value) ?? DBNull.Value;
        }

        return value is Enum ? Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), System.Globalization.CultureInfo.InvariantCulture) : value;
    }

    public string Describe() => $"{Property.DeclaringType.DisplayName()}.{Property.Name}";
}
