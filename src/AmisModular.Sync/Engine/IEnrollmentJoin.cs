using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Protocol.Enrollment;

namespace AmisModular.Sync.Engine;

/// <summary>
/// Makes the local store hold the company a device enrolls for (the ledger's side of enrollment), in the unit that
/// saves the credential: both commit or neither does. Throwing refuses the enrollment and leaves the store as it was.
/// The sync host registers the ledger's; without one the engine only stores the credential.
/// </summary>
public interface IEnrollmentJoin
{
    Task JoinAsync(IUnitOfWork unit, EnrollResponse enrollment, CancellationToken cancellationToken);
}
