namespace AmisModular.SyncHost.Enrollment;

/// <summary>The parsed <c>enroll</c> options; everything else stays configuration.</summary>
public sealed record EnrollRequestArgs(Uri Cloud, string Code, string DeviceName, string[] ConfigurationArgs)
{
    /// <exception cref="EnrollArgumentException">--cloud or --code is missing, or --cloud is not an http(s) address.</exception>
    public static EnrollRequestArgs Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? cloud = null, code = null, name = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--cloud":
                    cloud = Value(args, ++i, "--cloud");
                    break;
                case "--code":
                    code = Value(args, ++i, "--code");
                    break;
                case "--name":
                    name = Value(args, ++i, "--name");
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(cloud) || !Uri.TryCreate(cloud, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new EnrollArgumentException(
                $"--cloud phải là địa chỉ http(s) của máy chủ đồng bộ (nhận được '{cloud}'). / --cloud must be the sync server's http(s) address (got '{cloud}').");
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            throw new EnrollArgumentException("Thiếu --code (mã đăng ký một lần do quản trị cấp). / --code is required (the one-time enrollment code from the administrator).");
        }

        return new EnrollRequestArgs(uri, code.Trim(), string.IsNullOrWhiteSpace(name) ? Environment.MachineName : name, [.. rest]);
    }

    private static string Value(IReadOnlyList<string> args, int index, string option) =>
        index < args.Count ? args[index] : throw new EnrollArgumentException($"{option} cần một giá trị. / {option} needs a value.");
}
