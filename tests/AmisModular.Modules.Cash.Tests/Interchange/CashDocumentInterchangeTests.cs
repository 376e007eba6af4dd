using System.Text.Json;
using System.Text.Json.Nodes;
using AmisModular.Ledger.Periods;
using AmisModular.Modularity.Abstractions.Documents;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Interchange;
using AmisModular.Modules.Cash.Tests.Support;

namespace AmisModular.Modules.Cash.Tests.Interchange;

public sealed class CashDocumentInterchangeTests : IAsyncLifetime
{
    private CashHost host = null!;

    public async Task InitializeAsync() => host = await CashHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private IDocumentInterchange Interchange => host.Get<IEnumerable<IDocumentInterchange>>().Single(i => i.ModuleId == "cash");

    [Fact]
    public async Task Import_ValidReceiptWithoutNumber_NumberedPostedAndQueuedForSync()
    {
        var imported = await Interchange.ImportAsync("cash.receipt", Json(Receipt()), CancellationToken.None);

        Assert.Equal(("cash.receipt", "PT00001"), (imported.DocumentType, imported.Number));
        var voucher = (await host.Cash.FindAsync(imported.DocumentId, CancellationToken.None))!;
        Assert.Equal((CashVoucherStatus.Posted, 1_200_000m, 1L), (voucher.Status, voucher.Total, voucher.Version));
        Assert.Equal(1, await host.ScalarAsync($"SELECT COUNT(*) FROM sync_outbox WHERE Module = 'cash' AND Operation = 'post' AND LocalNumber = 'PT00001'"));
        Assert.Equal(2, await host.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));
        var next = await host.Cash.CreateAsync(host.Receipt("2026-01-06", new CashVoucherDraftLine("5111", 1m)), post: false, CancellationToken.None);
        Assert.Equal("PT00002", next.TaxNumber);
    }

    [Fact]
    public async Task Import_GivenNumberAndId_KeptAndTheSeriesMovesPastIt_ExportGivesTheSameForm()
    {
        var id = Guid.NewGuid();
        var json = Receipt();
        (json["id"], json["taxNumber"], json["status"]) = (id.ToString(), "PT00041", "draft");

        var imported = await Interchange.ImportAsync("cash.receipt", Json(json), CancellationToken.None);
        var next = await host.Cash.CreateAsync(host.Receipt("2026-01-06", new CashVoucherDraftLine("5111", 1m)), post: false, CancellationToken.None);
        var exported = (await Interchange.ExportAsync(id, CancellationToken.None))!.Value;

        Assert.Equal((id, "PT00041"), (imported.DocumentId, imported.Number));
        Assert.Equal("PT00042", next.TaxNumber);
        Assert.Equal(("receipt", "PT00041", "draft", 1_200_000m), (exported.GetProperty("kind").GetString(), exported.GetProperty("taxNumber").GetString(),
            exported.GetProperty("status").GetString(), exported.GetProperty("lines")[0].GetProperty("amount").GetDecimal()));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));
        Assert.Null(await Interchange.ExportAsync(Guid.NewGuid(), CancellationToken.None));

        var again = JsonNode.Parse(exported.GetRawText())!.AsObject();
        var errors = await Interchange.ValidateAsync("cash.receipt", Json(again), CancellationToken.None);
        Assert.Equal(["$.id:duplicate-id", "$.taxNumber:duplicate-number"], errors.Select(e => $"{e.Field}:{e.Rule}"));
    }

    public static TheoryData<string, string, string> InvalidCases => new()
    {
        { """{"books":"none"}""", "$.books", "invalid-value" },
        { """{"personName":"","partnerId":null}""", "$.personName", "required" },
        { """{"description":"  "}""", "$.description", "required" },
        { """{"cashAccount":"1121"}""", "$.cashAccount", "cash-account" },
        { """{"currency":"USD"}""", "$.currency", "unsupported-currency" },
        { """{"postingDate":"2026-01-04"}""", "$.postingDate", "posting-before-document-date" },
        { """{"attachedDocuments":-1}""", "$.attachedDocuments", "not-negative" },
        { """{"lines":[]}""", "$.lines", "required" },
        { """{"lines":[{"counterAccount":"","amount":5}]}""", "$.lines[0].counterAccount", "required" },
        { """{"lines":[{"counterAccount":"1111","amount":5}]}""", "$.lines[0].counterAccount", "same-as-cash-account" },
        { """{"lines":[{"counterAccount":"5111","amount":0}]}""", "$.lines[0].amount", "positive" },
        { """{"lines":[{"counterAccount":"5111","amount":"5"}]}""", "$.lines[0].amount", "invalid-type" },
        { """{"lines":[{"counterAccount":"5111"}]}""", "$.lines[0].amount", "required" },
        { """{"lines":[{"counterAccount":"5111","amount":5},{"counterAccount":"7777","amount":5}]}""", "$.lines[1].counterAccount", "unknown-account" },
        { """{"lines":[{"counterAccount":"338","amount":5}]}""", "$.lines[0].counterAccount", "non-postable-account" },
        { """{"partnerId":null,"lines":[{"counterAccount":"131","amount":5}]}""", "$.lines[0].partnerId", "partner-required" },
        { """{"lines":[{"counterAccount":"5111","amount":5,"partnerId":"0197a0a0-0000-7000-8000-000000000001"}]}""", "$.lines[0].partnerId", "unknown-partner" },
        { """{"partnerId":"0197a0a0-0000-7000-8000-000000000001"}""", "$.partnerId", "unknown-partner" },
        { """{"branchId":"0197a0a0-0000-7000-8000-000000000001"}""", "$.branchId", "unknown-branch" },
        { """{"companyId":"0197a0a0-0000-7000-8000-000000000001"}""", "$.companyId", "unknown-company" },
        { """{"companyId":null}""", "$.companyId", "required" },
        { """{"documentDate":"05/01/2026"}""", "$.documentDate", "invalid-value" },
        { """{"documentDate":"2025-06-01","postingDate":"2025-06-01"}""", "$.postingDate", "period-not-open" },
        { """{"kind":"payment"}""", "$.kind", "kind-mismatch" },
        { """{"status":"approved"}""", "$.status", "invalid-value" },
        { """{"amout":5}""", "$.amout", "unknown-property" },
        { """{"personName":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}""", "$.personName", "too-long" },
    };

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public async Task ValidateAndImport_InvalidField_NamesPathAndRule_WritesNothing(string patch, string path, string rule)
    {
        var json = Receipt();
        foreach (var (key, value) in JsonNode.Parse(patch)!.AsObject())
        {
            json[key] = value?.DeepClone();
        }

        var errors = await Interchange.ValidateAsync("cash.receipt", Json(json), CancellationToken.None);
        var rejected = await Assert.ThrowsAsync<CashImportRejectedException>(() => Interchange.ImportAsync("cash.receipt", Json(json), CancellationToken.None));

        Assert.Contains(errors, e => e.Field == path && e.Rule == rule);
        Assert.Equal(errors, rejected.Errors);
        Assert.All(errors, e => Assert.Contains(" / ", e.Message, StringComparison.Ordinal));
        await AssertNothingAsync();
    }

    [Fact]
    public async Task Validate_InternalBookWhenTheCompanyKeepsNone_InvalidBooks()
    {
        await host.ExecuteAsync("UPDATE core_companies SET UsesInternalBook = 0");
        var json = Receipt();
        json["books"] = "both";

        var errors = await Interchange.ValidateAsync("cash.receipt", Json(json), CancellationToken.None);

        Assert.Equal(["$.books:invalid-books"], errors.Select(e => $"{e.Field}:{e.Rule}"));
        await Assert.ThrowsAsync<CashImportRejectedException>(() => Interchange.ImportAsync("cash.receipt", Json(json), CancellationToken.None));
        await AssertNothingAsync();
    }

    [Fact]
    public async Task Import_LockedPeriodAndTill_NamedAsFieldErrors()
    {
        var payment = Receipt();
        (payment["kind"], payment["lines"]) = ("payment", JsonNode.Parse("""[{"counterAccount":"6427","amount":10000001}]"""));
        var till = await Interchange.ValidateAsync("cash.payment", Json(payment), CancellationToken.None);
        await host.Get<FiscalCalendar>().LockAsync(host.Company.Id, 2026, 1, "ktt", CancellationToken.None);
        var locked = await Interchange.ValidateAsync("cash.receipt", Json(Receipt()), CancellationToken.None);
        var wrongType = await Interchange.ValidateAsync("cash.transfer", Json(Receipt()), CancellationToken.None);

        Assert.Equal(["$.lines:insufficient-cash"], till.Select(e => $"{e.Field}:{e.Rule}"));
        Assert.Equal(["$.postingDate:period-locked"], locked.Select(e => $"{e.Field}:{e.Rule}"));
        Assert.Contains("01/2026", locked[0].Message, StringComparison.Ordinal);
        Assert.Equal(["$:unknown-document-type"], wrongType.Select(e => $"{e.Field}:{e.Rule}"));
        await AssertNothingAsync();
    }

    private JsonObject Receipt() => new()
    {
        ["kind"] = "receipt",
        ["companyId"] = host.Company.Id.ToString(),
        ["books"] = "tax",
        ["documentDate"] = "2026-01-05",
        ["postingDate"] = "2026-01-05",
        ["partnerId"] = host.Customer.Id.ToString(),
        ["personName"] = "Nguyễn Văn An",
        ["description"] = "Thu nợ tháng 12",
        ["cashAccount"] = "1111",
        ["currency"] = "VND",
        ["status"] = "posted",
        ["lines"] = new JsonArray(new JsonObject { ["counterAccount"] = "131", ["amount"] = 1_200_000 }),
    };

    private static JsonElement Json(JsonObject node) => JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();

    private async Task AssertNothingAsync()
    {
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM cash_vouchers"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_number_series"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM sync_outbox WHERE Module = 'cash'"));
    }
}
