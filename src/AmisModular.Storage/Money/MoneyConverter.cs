using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AmisModular.Storage.Money;

/// <summary>EF value converter: decimal in .NET, integer ten-thousandths in the database.</summary>
public sealed class MoneyConverter() : ValueConverter<decimal, long>(
    amount => MoneyStorage.ToStored(amount),
    stored => MoneyStorage.FromStored(stored));
