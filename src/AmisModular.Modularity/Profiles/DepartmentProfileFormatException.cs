namespace AmisModular.Modularity.Profiles;

/// <summary>A profile or device assignment file that breaks the format; <see cref="Errors"/> name each JSON path and rule.</summary>
public sealed class DepartmentProfileFormatException : Exception
{
    public DepartmentProfileFormatException()
        : this("invalid department profile", [])
    {
    }

    public DepartmentProfileFormatException(string message)
        : this(message, [])
    {
    }

    public DepartmentProfileFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public DepartmentProfileFormatException(string source, IReadOnlyList<ProfileValidationError> errors)
        : base($"{source}: {string.Join("; ", errors)}")
    {
        Errors = errors;
    }

    public IReadOnlyList<ProfileValidationError> Errors { get; }
}
