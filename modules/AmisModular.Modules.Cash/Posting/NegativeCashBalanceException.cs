using System.Globalization;
using AmisModular.Ledger.Posting;
using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Modules.Cash.Posting;

/// <summary>"Không cho phép xuất quỹ khi tồn quỹ âm": the payment would leave the till below zero.</summary>
public sealed class NegativeCashBalanceException(string document, string cashAccount, decimal available, decimal amount)
    : PostingException(document, "cash.payment/v1", new LocalizedText(
        string.Create(CultureInfo.InvariantCulture, $"Chứng từ {document}: tồn quỹ TK {cashAccount} chỉ còn {available:N0}, không đủ chi {amount:N0}."),
        string.Create(CultureInfo.InvariantCulture, $"Document {document}: cash on {cashAccount} is {available:N0}, not enough to pay {amount:N0}.")))
{
    public decimal Available { get; } = available;
}
