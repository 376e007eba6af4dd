using System.Diagnostics;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AmisModular.Cli.Tests.CashReports;

/// <summary>The ledger + cash issue end to end: import, post, cash book, trial balance, print, xlsx — through `amis` with the real packages.</summary>
public sealed class CashWorkflowTests
{
    [Fact]
    public void ImportPostReport_January_CashBookAndTrialBalanceAgree()
    {
        using var ledger = CashLedger.Create();

        var modules = ledger.Ok("modules", "list");
        var imported = ledger.Ok("doc", "import", ledger.WriteFile("january.json", CashLedger.January()));
        var draftBook = ledger.Report("cash-book");
        var posted = new[] { "NVK00001", "PT00001", "PC00001" }.Select(n => ledger.Ok("doc", "post", n).Output).ToList();
        var cashBook = ledger.Report("cash-book", "--book", "Tax", "--account", "1111");
        var trialBalance = ledger.Report("trial-balance");

        Assert.Matches(@"cash\s+1\.0\.0\s+Active", modules.Output);
        Assert.Matches(@"reports\s+1\.0\.0\s+Active", modules.Output);
        Assert.Matches(@"cash\.receipt\s+PT00001", imported.Output);
        Assert.Matches(@"cash\.payment\s+PC00001", imported.Output);
        Assert.Contains("Imported: 4", imported.Output);
        Assert.Empty(draftBook.Rows("detail")); // drafts are not in the book
        Assert.Contains("Posted: PT00001 (cash.receipt)", posted[1]);
        Assert.Contains("Posted: PC00001 (cash.payment)", posted[2]);

        // Sổ quỹ 1111, January: opening 50,000,000
        //   05/01 PT00001 thu 12,000,000 → 50,000,000 + 12,000,000 = 62,000,000
        //   10/01 PC00001 chi  1,500,000 → 62,000,000 −  1,500,000 = 60,500,000 = closing
        Assert.Equal("SỔ QUỸ TIỀN MẶT", cashBook["title"]!.GetValue<string>());
        Assert.Equal(CashLedger.Opening, cashBook.Rows("group").Single().Money("balance"));
        var rows = cashBook.Rows("detail");
        Assert.Equal(2, rows.Count);
        Assert.Equal(("PT00001", "2026-01-05", "131", 12_000_000m, 62_000_000m),
            (rows[0].Text("receiptNumber"), rows[0].Text("postingDate"), rows[0].Text("counterAccount"), rows[0].Money("receipt"), rows[0].Money("balance")));
        Assert.Equal(("PC00001", "2026-01-10", "6428", 1_500_000m, 60_500_000m),
            (rows[1].Text("paymentNumber"), rows[1].Text("postingDate"), rows[1].Text("counterAccount"), rows[1].Money("payment"), rows[1].Money("balance")));
        var totals = cashBook.Rows("total");
        Assert.Equal((12_000_000m, 1_500_000m), (totals[0].Money("receipt"), totals[0].Money("payment")));
        Assert.Equal(60_500_000m, totals[1].Money("balance"));

        // S06-DN from the Reports module (it has the account-name column the core fallback lacks). Closing:
        //   Nợ 1111 60,500,000 + 6428 1,500,000 = 62,000,000;  Có 4111 50,000,000 + 5111 12,000,000 = 62,000,000; 131 nets to 0.
        Assert.Contains(trialBalance["columns"]!.AsArray(), c => c!["key"]!.GetValue<string>() == "name");
        var cash = trialBalance.Rows().Single(r => r.Text("account") == "1111");
        Assert.Equal((60_500_000m, null), (cash.Money("closingDebit"), cash.Money("closingCredit")));
        var total = trialBalance.Rows("total").Single();
        Assert.Equal(total.Money("openingDebit"), total.Money("openingCredit"));
        Assert.Equal((25_500_000m, 25_500_000m), (total.Money("periodDebit"), total.Money("periodCredit")));
        Assert.Equal((62_000_000m, 62_000_000m), (total.Money("closingDebit"), total.Money("closingCredit")));
    }

    [Fact]
    public void PrintAndXlsx_PostedReceipt_PdfSaysPhieuThuInWordsAndXlsxOpens()
    {
        using var ledger = CashLedger.Create();
        ledger.Ok("doc", "import", ledger.WriteFile("january.json", CashLedger.January(status: "posted")));
        var pdf = ledger.PathOf("PT00001.pdf");
        var xlsx = ledger.PathOf("so-quy.xlsx");
        var ledgerXlsx = ledger.PathOf("so-cai-111.xlsx");

        var printed = ledger.Ok("print", "PT00001", "--out", pdf);
        ledger.Ok("report", "cash-book", "--from", "2026-01-01", "--to", "2026-01-31", "--format", "xlsx", "--out", xlsx);
        ledger.Ok("report", "ledger", "--account", "111", "--from", "2026-01-01", "--to", "2026-01-31", "--format", "xlsx", "--out", ledgerXlsx);
        var table = ledger.Ok("report", "journal", "--from", "2026-01-01", "--to", "2026-01-31");
        var noAccount = ledger.Run("report", "ledger", "--from", "2026-01-01", "--to", "2026-01-31");

        Assert.Contains("Printed: PT00001 (cash.receipt)", printed.Output);
        var text = PdfText(pdf);
        Assert.Contains("PHIẾU THU", text, StringComparison.Ordinal);
        Assert.Contains("Mười hai triệu đồng", text, StringComparison.Ordinal);
        var cells = XlsxCells(xlsx);
        Assert.Contains("SỔ QUỸ TIỀN MẶT", cells);
        Assert.Contains("PT00001", cells);
        Assert.Contains("60500000", cells);
        Assert.Contains(XlsxCells(ledgerXlsx), c => c.Contains("SỔ CÁI", StringComparison.Ordinal));
        Assert.Contains("PC00001", table.Output);
        Assert.Equal(ExitCodes.InvalidInput, noAccount.ExitCode);
        Assert.Contains("--account", noAccount.Output);
    }

    [Fact]
    public void UnpostThenRepost_Receipt_CashBookAndTrialBalanceFollow()
    {
        using var ledger = CashLedger.Create();
        ledger.Ok("doc", "import", ledger.WriteFile("january.json", CashLedger.January(status: "posted")));

        var unposted = ledger.Ok("doc", "unpost", "PT00001");
        var withoutReceipt = ledger.Report("cash-book");
        var again = ledger.Run("doc", "unpost", "PT00001");
        ledger.Ok("doc", "post", "PT00001");
        var reposted = ledger.Report("cash-book");
        var trialBalance = ledger.Report("trial-balance");

        Assert.Contains("Unposted: PT00001 (cash.receipt)", unposted.Output);
        // 50,000,000 − 1,500,000 = 48,500,000 while the receipt is out of the book.
        Assert.Equal(48_500_000m, withoutReceipt.Rows("total")[1].Money("balance"));
        Assert.Single(withoutReceipt.Rows("detail"));
        Assert.Equal(ExitCodes.InvalidInput, again.ExitCode);
        Assert.Equal(60_500_000m, reposted.Rows("total")[1].Money("balance"));
        Assert.Equal(60_500_000m, trialBalance.Rows().Single(r => r.Text("account") == "1111").Money("closingDebit"));
    }

    [Fact]
    public void Export_ThenImportIntoFreshInstallation_SameCashBookAndNumbers()
    {
        using var source = CashLedger.Create();
        source.Ok("doc", "import", source.WriteFile("january.json", CashLedger.January(status: "posted")));
        var exported = source.PathOf("export.json");
        var cashOnly = source.PathOf("cash.json");

        var export = source.Ok("doc", "export", "--out", exported);
        source.Ok("doc", "export", "--type", "cash.payment", "--out", cashOnly);
        using var fresh = CashLedger.Create();
        var imported = fresh.Ok("doc", "import", exported);

        Assert.Contains("Exported: 4", export.Output);
        Assert.Contains("Imported: 4", imported.Output);
        Assert.Matches(@"cash\.payment\s+PC00001", imported.Output);
        Assert.Single(System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(cashOnly))!["documents"]!.AsArray());
        Assert.Equal(source.Report("cash-book").ToJsonString(), fresh.Report("cash-book").ToJsonString());
    }

    private static string PdfText(string path)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var argument in new[] { "-enc", "UTF-8", path, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"pdftotext failed: {process.StandardError.ReadToEnd()}");
        return System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
    }

    /// <summary>Every cell's text of every sheet, read back with the Open XML SDK (which refuses a broken package).</summary>
    private static List<string> XlsxCells(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var sheets = document.WorkbookPart!.WorksheetParts.ToList();
        Assert.NotEmpty(sheets);
        return [.. sheets.SelectMany(s => s.Worksheet.Descendants<Cell>()).Select(c => c.InnerText)];
    }
}
