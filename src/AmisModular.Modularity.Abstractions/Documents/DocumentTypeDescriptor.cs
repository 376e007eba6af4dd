using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Modularity.Abstractions.Documents;

/// <summary>A kind of voucher a module owns, e.g. <c>cash.receipt</c> (Phiếu thu, 01-TT).</summary>
/// <param name="Code">Globally unique document type code, prefixed by the module id.</param>
/// <param name="DefaultNumberPrefix">The number series prefix MISA users expect, e.g. <c>PT</c>.</param>
/// <param name="SchemaVersion">The version of the document's interchange (sync) form.</param>
/// <param name="FormCode">The statutory form, e.g. <c>01-TT</c>, if any.</param>
public sealed record DocumentTypeDescriptor(
    string ModuleId,
    string Code,
    LocalizedText Name,
    string DefaultNumberPrefix,
    int SchemaVersion,
    string? FormCode = null);
