using System.Text.Json.Nodes;
using AmisModular.Cli.Tests.Infrastructure;

namespace AmisModular.Cli.Tests.CashReports;

/// <summary>
/// A temp installation with the real, signed Cash and Reports packages installed and licensed, a company (TT99, 2026)
/// and the opening balances 1111 Nợ 50,000,000 / 4111 Có 50,000,000, driven through `amis` like a person would.
/// </summary>
internal static class CashLedger
{
    public const string PartnerA = "0193a1b2-0000-7000-8000-0000000000a1";

    public const decimal Opening = 50_000_000m;

    public static LedgerInstallation Create(bool internalBook = false)
    {
        var ledger = new LedgerInstallation(createCompany: false);
        try
        {
            RealModules.Install(ledger.Install);
            string[] company = ["company", "create", "--name", "Công ty TNHH An Bình", "--tax-code", LedgerInstallation.TaxCode, "--regime", "TT99", "--fiscal-year", "2026"];
            ledger.Ok(internalBook ? [.. company, "--internal-book"] : company);
            ledger.Ok("book", "opening", "--account", "1111", "--debit", "50000000");
            ledger.Ok("book", "opening", "--account", "4111", "--credit", "50000000");
            return ledger;
        }
        catch
        {
            ledger.Dispose();
            throw;
        }
    }

    /// <summary>`amis report &lt;name&gt; --format json` for January 2026, parsed.</summary>
    public static JsonNode Report(this LedgerInstallation ledger, string name, params string[] options)
    {
        var path = ledger.PathOf($"{name}-{Guid.NewGuid():N}.json");
        ledger.Ok(["report", name, "--from", "2026-01-01", "--to", "2026-01-31", "--format", "json", "--out", path, .. options]);
        return JsonNode.Parse(File.ReadAllText(path))!;
    }

    public static IReadOnlyList<JsonNode> Rows(this JsonNode report, string? kind = null) =>
        [.. report["rows"]!.AsArray().OfType<JsonNode>().Where(r => kind is null || r["kind"]!.GetValue<string>() == kind)];

    public static decimal? Money(this JsonNode row, string key) => row["cells"]![key]?.GetValue<decimal>();

    public static string? Text(this JsonNode row, string key) => row["cells"]![key]?.GetValue<string>();

    /// <summary>
    /// The January file: customer A, an NVK selling to A on credit (Nợ 131 A / Có 5111 12,000,000), a Phiếu thu from A
    /// (Nợ 1111 / Có 131 A 12,000,000) and a Phiếu chi (Nợ <paramref name="paymentAccount"/> / Có 1111 1,500,000), all drafts.
    /// </summary>
    public static string January(string paymentAccount = "6428", string status = "draft") => $$"""
        {
          "documents": [
            { "module": "core", "documentType": "core.partner",
              "document": { "id": "{{PartnerA}}", "code": "KH-A", "name": "Công ty CP Khách hàng A", "kinds": "customer" } },
            { "module": "core", "documentType": "core.general-journal",
              "document": { "documentDate": "2026-01-03", "status": "{{status}}", "description": "Bán hàng cho khách A chưa thu tiền",
                "lines": [ { "debitAccount": "131", "creditAccount": "5111", "amount": 12000000, "debitPartnerId": "{{PartnerA}}" } ] } },
            { "module": "cash", "documentType": "cash.receipt",
              "document": { "documentDate": "2026-01-05", "status": "{{status}}", "partnerId": "{{PartnerA}}", "personName": "Nguyễn Văn An",
                "description": "Thu tiền hàng khách A", "lines": [ { "counterAccount": "131", "amount": 12000000 } ] } },
            { "module": "cash", "documentType": "cash.payment",
              "document": { "documentDate": "2026-01-10", "status": "{{status}}", "personName": "Trần Thị Bình",
                "description": "Chi tiếp khách", "lines": [ { "counterAccount": "{{paymentAccount}}", "amount": 1500000 } ] } }
          ]
        }
        """;
}
