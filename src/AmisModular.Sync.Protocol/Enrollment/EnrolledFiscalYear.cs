namespace AmisModular.Sync.Protocol.Enrollment;

/// <summary>A fiscal year open on the server: 12 months from <see cref="StartDate"/> (not always 1 January).</summary>
public sealed record EnrolledFiscalYear(int Year, DateOnly StartDate, DateOnly EndDate);
