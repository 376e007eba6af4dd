using AmisModular.Shell.Companies;

namespace AmisModular.Shell.Administration;

/// <summary>
/// MISA's "Khóa sổ kỳ kế toán": no voucher dated on or before <see cref="LockedThrough"/> can change in this
/// company and book. Null = nothing locked.
/// </summary>
public sealed record PeriodLock(Guid CompanyId, Book Book, DateOnly? LockedThrough, string? ChangedBy, DateTimeOffset? ChangedAt);
