using AmisModular.Ledger.Storage;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Modules.Cash.Documents;

/// <summary>Checks that need the store: the partners and the branch a voucher names belong to its company.</summary>
internal static class CashReferenceChecks
{
    public static async Task<IReadOnlyList<CashVoucherRuleViolation>> CheckAsync(LedgerDbContext ledger, CashVoucherDraft draft, CancellationToken cancellationToken)
    {
        var errors = new List<CashVoucherRuleViolation>();
        var named = draft.Lines.Select((l, i) => (l.PartnerId, Path: $"$.lines[{i}].partnerId")).Prepend((draft.PartnerId, Path: "$.partnerId"))
            .Where(p => p.PartnerId is not null).ToList();
        var ids = named.Select(p => p.PartnerId!.Value).Distinct().ToList();
        var known = await ledger.Partners.Where(p => p.CompanyId == draft.CompanyId && ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var unknown = named.Where(p => !known.Contains(p.PartnerId!.Value)).ToList();
        foreach (var (_, path) in unknown)
        {
            errors.Add(CashVoucherRuleViolation.Of(nameof(draft.PartnerId), path, CashVoucherRules.UnknownPartner,
                "Đối tượng không tồn tại hoặc không thuộc công ty.", "The partner does not exist or belongs to another company."));
        }

        if (draft.BranchId is { } branchId && !await ledger.Branches.AnyAsync(b => b.Id == branchId && b.CompanyId == draft.CompanyId, cancellationToken))
        {
            errors.Add(CashVoucherRuleViolation.Of(nameof(draft.BranchId), "$.branchId", CashVoucherRules.UnknownBranch,
                "Chi nhánh không thuộc công ty.", "The branch does not belong to the company."));
        }

        return errors;
    }
}
