namespace AmisModular.Cli.Tests.Accounting;

/// <summary>Interchange files as a person would write them (docs/interchange/README.md).</summary>
internal static class InterchangeFiles
{
    public const string PartnerId = "0193a1b2-0000-7000-8000-000000000131";

    /// <summary>A customer, then three January NVKs: sale on credit 11,000,000; collection 5,000,000 in cash; bank transfer 2,000,000.</summary>
    public static string January(string thirdAmount = "2000000", string thirdDebitAccount = "1121", string thirdDate = "2026-01-20") => $$"""
        {
          "documents": [
            { "module": "core", "documentType": "core.partner",
              "document": { "id": "{{PartnerId}}", "code": "KH001", "name": "Công ty CP Bình Minh", "kinds": "customer" } },
            { "module": "core", "documentType": "core.general-journal",
              "document": { "documentDate": "2026-01-10", "status": "posted", "description": "Bán hàng chưa thu tiền",
                "lines": [ { "debitAccount": "131", "creditAccount": "5111", "amount": 11000000, "debitPartnerId": "{{PartnerId}}" } ] } },
            { "module": "core", "documentType": "core.general-journal",
              "document": { "documentDate": "2026-01-15", "status": "posted", "description": "Thu tiền khách hàng",
                "lines": [ { "debitAccount": "1111", "creditAccount": "131", "amount": 5000000, "creditPartnerId": "{{PartnerId}}" } ] } },
            { "module": "core", "documentType": "core.general-journal",
              "document": { "documentDate": "{{thirdDate}}", "status": "posted", "description": "Nộp tiền vào ngân hàng",
                "lines": [ { "debitAccount": "{{thirdDebitAccount}}", "creditAccount": "1111", "amount": {{thirdAmount}} } ] } }
          ]
        }
        """;
}
