using AmisModular.Cloud.Data;
using AmisModular.Cloud.Push;
using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Periods;
using AmisModular.Storage.Json;
using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Tests.Push;

/// <summary>The cloud's check of a synced sub-account (core.account): what a crafted or broken push must not get past.</summary>
public sealed class AccountRuleTests
{
    private static readonly Tenant Tenant = new() { Id = Guid.NewGuid(), TaxCode = "0101234567", CompanyId = Guid.NewGuid() };

    private static Mutation Push(Account account, Guid? documentId = null)
    {
        var payload = CanonicalJson.Serialize(account);
        return new Mutation(1, "core", 1, "core.account", documentId ?? account.Id, MutationOperations.Upsert, 0, null, payload, CanonicalJson.Sha256Hex(payload));
    }

    private static Account SubAccount(string parent = "1111", string code = "111101", Guid? company = null, string name = "Quỹ cửa hàng 1") => new()
    {
        Id = Guid.CreateVersion7(), CompanyId = company ?? Tenant.CompanyId, Regime = AccountingRegime.Tt99, Code = code, ParentCode = parent,
        Level = 3, NameVi = name, NameEn = name, Nature = AccountNature.Debit, Version = 1,
    };

    [Fact]
    public void Inspect_CompanySubAccountUnderChartAccount_Accepted() =>
        Assert.Null(new AccountRule().Inspect(Push(SubAccount()), Tenant).Error);

    [Fact]
    public void Inspect_SubAccountOfACompanySubAccount_Accepted() =>
        Assert.Null(new AccountRule().Inspect(Push(SubAccount("111101", "11110101")), Tenant).Error);

    [Theory]
    [InlineData("1111", "112101", "code")]
    [InlineData("1111", "1111", "code")]
    [InlineData("1111", "1111AB", "code")]
    [InlineData("9999", "999901", "parentCode")]
    [InlineData("111", "1111", "chart already")]
    public void Inspect_BadCodeOrParent_RejectedNamingTheField(string parent, string code, string named)
    {
        var error = new AccountRule().Inspect(Push(SubAccount(parent, code)), Tenant).Error;
        Assert.Equal(RejectionCodes.InvalidPayload, error?.Code);
        Assert.Contains(named, error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_AnotherCompanysOrSeedAccount_RejectedWrongCompany()
    {
        Assert.Equal(RejectionCodes.WrongCompany, new AccountRule().Inspect(Push(SubAccount(company: Guid.NewGuid())), Tenant).Error?.Code);
        var seed = ChartSeed.Accounts.First(a => a.Code == "1111" && a.Regime == AccountingRegime.Tt99);
        Assert.Equal(RejectionCodes.WrongCompany, new AccountRule().Inspect(Push(seed), Tenant).Error?.Code);
    }

    [Fact]
    public void Inspect_NoNameOrIdMismatch_Rejected()
    {
        Assert.Contains("nameVi", new AccountRule().Inspect(Push(SubAccount(name: " ")), Tenant).Error?.Message, StringComparison.Ordinal);
        Assert.Contains("documentId", new AccountRule().Inspect(Push(SubAccount(), Guid.NewGuid()), Tenant).Error?.Message, StringComparison.Ordinal);
    }
}
