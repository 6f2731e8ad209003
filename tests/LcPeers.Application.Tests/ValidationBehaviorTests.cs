using FluentValidation;
using FluentValidation.Results;
using LcPeers.Application.Common.Behaviors;
using LcPeers.Application.Tools.ListTools;
using Mediator;
using NSubstitute;

namespace LcPeers.Application.Tests;

public sealed class ValidationBehaviorTests
{
    private static readonly ToolListResponse Empty = new([], 0);
    private int _calls;

    private MessageHandlerDelegate<ListToolsQuery, ToolListResponse> Next => (_, _) =>
    {
        _calls++;
        return new ValueTask<ToolListResponse>(Empty);
    };

    [Fact]
    public async Task Handle_InvalidMessage_ThrowsAndNeverCallsHandler()
    {
        var behavior = new ValidationBehavior<ListToolsQuery, ToolListResponse>([new ListToolsValidator()]);

        var error = await Assert.ThrowsAsync<ValidationException>(async () =>
            await behavior.Handle(new ListToolsQuery("someday", "money"), Next, TestContext.Current.CancellationToken));

        Assert.Equal(["bottleneck", "phase"], error.Errors.Select(e => e.PropertyName).Order());
        Assert.Equal(0, _calls);
    }

    [Fact]
    public async Task Handle_ValidMessage_CallsHandlerOnce()
    {
        var behavior = new ValidationBehavior<ListToolsQuery, ToolListResponse>([new ListToolsValidator()]);

        var result = await behavior.Handle(new ListToolsQuery("deepening", null), Next, TestContext.Current.CancellationToken);

        Assert.Same(Empty, result);
        Assert.Equal(1, _calls);
    }

    [Fact]
    public async Task Handle_SeveralValidators_ReportsAllFailures()
    {
        var extra = Substitute.For<IValidator<ListToolsQuery>>();
        extra.ValidateAsync(Arg.Any<ListToolsQuery>(), Arg.Any<CancellationToken>())
            .Returns(new ValidationResult([new ValidationFailure("extra", "extra rule")]));
        var behavior = new ValidationBehavior<ListToolsQuery, ToolListResponse>([new ListToolsValidator(), extra]);

        var error = await Assert.ThrowsAsync<ValidationException>(async () =>
            await behavior.Handle(new ListToolsQuery("never", null), Next, TestContext.Current.CancellationToken));

        Assert.Equal(["extra", "phase"], error.Errors.Select(e => e.PropertyName).Order());
        Assert.Equal(0, _calls);
    }
}
