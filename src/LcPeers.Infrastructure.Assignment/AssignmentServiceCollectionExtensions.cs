using LcPeers.Matching.Assignment;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LcPeers.Infrastructure.Assignment;

public static class AssignmentServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAssignmentSolver"/> and <see cref="IFairAssignmentSolver"/> as singletons (the solvers keep
    /// no state between calls). The
    /// problem's validator comes with <c>AddApplication()</c>; it is not registered here so it runs only once.
    /// </summary>
    public static IServiceCollection AddAssignmentSolver(this IServiceCollection services)
    {
        services.TryAddSingleton<IAssignmentSolver, OrToolsAssignmentSolver>();
        services.TryAddSingleton<IFairAssignmentSolver, CpSatFairAssignmentSolver>();
        return services;
    }
}
