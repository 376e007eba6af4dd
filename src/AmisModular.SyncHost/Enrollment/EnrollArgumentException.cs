namespace AmisModular.SyncHost.Enrollment;

/// <summary>The enroll command line is missing an option or has a bad value; the message names it.</summary>
public sealed class EnrollArgumentException(string message) : Exception(message);
