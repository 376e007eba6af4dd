using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Posting;

/// <summary>
/// The document is posted: it changes only by unposting it (bỏ ghi) first, or by a reversal if its period is locked.
/// </summary>
public sealed class DocumentAlreadyPostedException(string document)
    : PostingException(document, null, new LocalizedText(
        $"Chứng từ {document} đã ghi sổ. Hãy bỏ ghi trước khi sửa hoặc xóa (kỳ đã khóa: lập chứng từ đảo).",
        $"Document {document} is posted. Unpost it before editing or deleting (locked period: make a reversal)."));
