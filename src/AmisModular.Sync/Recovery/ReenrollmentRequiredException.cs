using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol.Errors;

namespace AmisModular.Sync.Recovery;

/// <summary>
/// The cloud was restored from a backup taken before this device enrolled: it no longer knows the device (401) and its
/// epoch changed. Nothing local is lost (the outbox stays as it is); an administrator issues a new enrollment code,
/// and enrolling again starts the recovery that re-pushes this device's documents.
/// </summary>
public sealed class ReenrollmentRequiredException : SyncApiException
{
    public const string Code401 = "reenrollment-required";

    public const string Text = "Máy chủ đã được phục hồi từ bản sao lưu có trước khi máy này đăng ký, nên không còn nhận ra máy này. " +
        "Hãy xin mã đăng ký mới và đăng ký lại; dữ liệu chưa gửi vẫn được giữ nguyên. / The server was restored from a backup taken before " +
        "this device enrolled and no longer knows it. Ask for a new enrollment code and enroll again; unsent data is kept.";

    public ReenrollmentRequiredException()
        : base(401, new SyncErrorBody(Code401, Text))
    {
    }

    public ReenrollmentRequiredException(string message)
        : base(message)
    {
    }

    public ReenrollmentRequiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
