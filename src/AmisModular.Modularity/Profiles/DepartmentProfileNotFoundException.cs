namespace AmisModular.Modularity.Profiles;

/// <summary>The device is assigned a profile that is not in the profiles folder.</summary>
public sealed class DepartmentProfileNotFoundException : Exception
{
    public DepartmentProfileNotFoundException()
    {
    }

    public DepartmentProfileNotFoundException(string message)
        : base(message)
    {
    }

    public DepartmentProfileNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
