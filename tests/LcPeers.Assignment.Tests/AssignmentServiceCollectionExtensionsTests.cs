using LcPeers.Infrastructure.Assignment;
using LcPeers.Matching.Assignment;
using Microsoft.Extensions.DependencyInjection;

namespace LcPeers.Assignment.Tests;

public sealed class AssignmentServiceCollectionExtensionsTests
{
    [Fact]
    public void AddAssignmentSolver_CalledTwice_RegistersOneSingletonOrToolsSolver()
    {
        var services = new ServiceCollection();

        services.AddAssignmentSolver().AddAssignmentSolver();

        var registration = Assert.Single(services, d => d.ServiceType == typeof(IAssignmentSolver));
        Assert.Equal(ServiceLifetime.Singleton, registration.Lifetime);
        Assert.Equal(typeof(OrToolsAssignmentSolver), registration.ImplementationType);
    }
}
