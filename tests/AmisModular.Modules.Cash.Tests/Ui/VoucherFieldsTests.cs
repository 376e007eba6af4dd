using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Ui.Editor;

namespace AmisModular.Modules.Cash.Tests.Ui;

public sealed class VoucherFieldsTests
{
    [Theory]
    [InlineData("$.description", "reason")]
    [InlineData("$.personName", "person")]
    [InlineData("$.postingDate", "date")]
    [InlineData("$.attachedDocuments", "attached")]
    [InlineData("$.cashAccount", "lines[0].cash")]
    [InlineData("$.lines", "lines")]
    [InlineData("$.lines[2].amount", "lines[2].amount")]
    [InlineData("$.lines[0].counterAccount", "lines[0].counter")]
    [InlineData("$.lines[1].partnerId", "partner")]
    [InlineData("$.books", "general")]
    public void FromJsonPath_ValidatorPaths_MapToTheirInputs(string path, string key) =>
        Assert.Equal(key, VoucherFields.FromJsonPath(path));

    [Theory]
    [InlineData("Description", "reason")]
    [InlineData("PartnerId", "partner")]
    [InlineData("Lines[1].Amount", "lines[0].amount")]
    [InlineData("Lines[3].CounterAccount", "lines[2].counter")]
    [InlineData("BranchId", "general")]
    public void FromServiceField_ServiceNames_MapToTheirInputs(string field, string key) =>
        Assert.Equal(key, VoucherFields.FromServiceField(field));

    [Fact]
    public void Order_Receipt_HeaderThenCellsWithTheTillOnTheDebitSide()
    {
        var order = VoucherFields.Order(CashVoucherKind.Receipt, 2);

        Assert.Equal(["date", "partner", "person", "address", "reason", "attached", "lines[0].description", "lines[0].cash", "lines[0].counter", "lines[0].amount"], order.Take(10));
        Assert.Equal("lines[1].amount", order[^1]);
        Assert.Equal("lines[0].counter", VoucherFields.Debit(0, CashVoucherKind.Payment));
    }
}
