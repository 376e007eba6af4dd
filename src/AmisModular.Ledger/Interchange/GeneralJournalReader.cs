using System.Text.Json;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Modularity.Abstractions.Documents;

namespace AmisModular.Ledger.Interchange;

/// <summary>Reads <c>core.general-journal</c> (the sync payload form) into a <see cref="ParsedGeneralJournal"/>, naming every bad field.</summary>
internal static class GeneralJournalReader
{
    private static readonly string[] BookValues = ["tax", "internal", "both"];
    private static readonly string[] StatusValues = ["draft", "posted"];

    public static ParsedGeneralJournal? Read(JsonElement document, List<DocumentFieldError> errors)
    {
        var before = errors.Count;
        var f = InterchangeFields.Root(document, errors);
        var id = f.Id("id");
        var companyId = f.Id("companyId", required: true);
        var books = f.OneOf("books", BookValues) switch
        {
            "tax" => BookSet.Tax,
            "internal" => BookSet.Internal,
            "both" => BookSet.Both,
            _ => (BookSet?)null,
        };
        var documentDate = f.Date("documentDate", required: true);
        var postingDate = f.Date("postingDate") ?? documentDate;
        if (documentDate is { } d && postingDate is { } p && p < d)
        {
            f.Add(f.At("postingDate"), InterchangeRules.DateOrder, "Ngày hạch toán không được nhỏ hơn ngày chứng từ", "the posting date cannot be earlier than the document date");
        }

        var status = f.OneOf("status", StatusValues) == "posted" ? DocumentStatus.Posted : DocumentStatus.Draft;
        var lines = f.Items("lines", required: true).Select((line, index) => ReadLine(line, index + 1)).ToList();
        var parsed = new ParsedGeneralJournal(
            id, companyId ?? Guid.Empty, books, f.Text("taxNumber"), f.Text("internalNumber"), documentDate ?? default, postingDate ?? default,
            f.Text("description") ?? "", status, f.Id("branchId"), [.. lines.OfType<GeneralJournalPayloadLine>()]);
        return errors.Count == before ? parsed : null;
    }

    private static GeneralJournalPayloadLine? ReadLine(InterchangeFields line, int lineNo)
    {
        var before = line.Errors.Count;
        var debit = line.Text("debitAccount");
        var credit = line.Text("creditAccount");
        var amount = line.Money("amount", required: true);
        if (amount is <= 0)
        {
            line.Add(line.At("amount"), InterchangeRules.Positive, "Số tiền phải lớn hơn 0", "the amount must be greater than zero");
        }

        if (debit is null && credit is null)
        {
            line.Add(line.At("debitAccount"), InterchangeRules.Required, "Dòng phải có TK Nợ hoặc TK Có", "the line needs a debit or a credit account");
        }

        var debitPartner = line.Id("debitPartnerId");
        var creditPartner = line.Id("creditPartnerId");
        if (debit is not null && debit == credit && debitPartner == creditPartner)
        {
            line.Add(line.At("creditAccount"), InterchangeRules.SameAccount, "TK Nợ và TK Có trùng nhau", "the debit and credit accounts are the same");
        }

        return line.Errors.Count == before
            ? new GeneralJournalPayloadLine(lineNo, debit, credit, amount ?? 0m, line.Text("description"), debitPartner, creditPartner)
            : null;
    }
}
