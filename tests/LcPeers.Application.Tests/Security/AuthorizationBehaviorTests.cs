using FluentValidation;
using LcPeers.Application.Common.Behaviors;
using LcPeers.Application.Common.Exceptions;
using LcPeers.Application.Common.Security;
using LcPeers.Application.Requests.CancelRequest;
using Mediator;
using NSubstitute;

namespace LcPeers.Application.Tests.Security;

[RequiresRole(Roles.Staff)]
public sealed record StaffProbe : IQuery<int>;

[RequiresRole(Roles.Expert, Roles.Coordinator)]
public sealed record ParticipantProbe : IQuery<int>;

[Public]
public sealed record PublicProbe : IQuery<int>;

[SystemOnly]
public sealed record SystemProbe : ICommand<int>;

public sealed record UndeclaredProbe : IQuery<int>;

[Public]
[RequiresRole(Roles.Staff)]
public sealed record DoublyDeclaredProbe : IQuery<int>;

public sealed class AuthorizationBehaviorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int _calls;

    private MessageHandlerDelegate<TMessage, int> Next<TMessage>()
        where TMessage : IMessage => (_, _) =>
    {
        _calls++;
        return new ValueTask<int>(42);
    };

    private static ICurrentUser User(bool signedIn, params string[] roles)
    {
        var user = Substitute.For<ICurrentUser>();
        user.IsAuthenticated.Returns(signedIn);
        user.Email.Returns(signedIn ? "someone@example.nl" : null);
        user.IsInRole(Arg.Any<string>()).Returns(call => roles.Contains(call.Arg<string>()));
        return user;
    }

    private static FakeAuthorizer<TMessage> Authorizer<TMessage>(AccessDecision decision) => new(decision);

    private sealed class FakeAuthorizer<TMessage>(AccessDecision decision) : IResourceAuthorizer<TMessage>
    {
        public List<TMessage> Seen { get; } = [];

        public ValueTask<AccessDecision> AuthorizeAsync(TMessage message, CancellationToken ct)
        {
            Seen.Add(message);
            return new ValueTask<AccessDecision>(decision);
        }
    }

    [Fact]
    public async Task Handle_RoleRuleAndNobodySignedIn_ThrowsUnauthenticated_BeforeResourceCheck()
    {
        var authorizer = Authorizer<StaffProbe>(AccessDecision.Allow);
        var behavior = new AuthorizationBehavior<StaffProbe, int>(User(signedIn: false), [authorizer]);

        await Assert.ThrowsAsync<UnauthenticatedException>(async () => await behavior.Handle(new StaffProbe(), Next<StaffProbe>(), Ct));

        Assert.Empty(authorizer.Seen);
        Assert.Equal(0, _calls);
    }

    [Fact]
    public async Task Handle_SignedInWithoutTheRole_ThrowsForbidden_BeforeResourceCheck()
    {
        var authorizer = Authorizer<StaffProbe>(AccessDecision.Allow);
        var behavior = new AuthorizationBehavior<StaffProbe, int>(User(true, Roles.Coordinator), [authorizer]);

        await Assert.ThrowsAsync<ForbiddenException>(async () => await behavior.Handle(new StaffProbe(), Next<StaffProbe>(), Ct));

        Assert.Empty(authorizer.Seen);
        Assert.Equal(0, _calls);
    }

    [Theory]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Admin)]
    public async Task Handle_StaffRule_AdmitsStaffAndAdministrators(string role)
    {
        var behavior = new AuthorizationBehavior<StaffProbe, int>(User(true, role), []);

        Assert.Equal(42, await behavior.Handle(new StaffProbe(), Next<StaffProbe>(), Ct));
        Assert.Equal(1, _calls);
    }

    [Fact]
    public async Task Handle_AnyOfSeveralRoles_Admits_ButStaffIsNotImpliedByOtherRoles()
    {
        var expert = new AuthorizationBehavior<ParticipantProbe, int>(User(true, Roles.Expert), []);
        Assert.Equal(42, await expert.Handle(new ParticipantProbe(), Next<ParticipantProbe>(), Ct));

        var staff = new AuthorizationBehavior<ParticipantProbe, int>(User(true, Roles.Staff), []);
        await Assert.ThrowsAsync<ForbiddenException>(async () => await staff.Handle(new ParticipantProbe(), Next<ParticipantProbe>(), Ct));
        Assert.Equal(1, _calls);
    }

    [Fact]
    public async Task Handle_ResourceCheckForbids_ThrowsForbiddenWithItsReason_AndNeverCallsHandler()
    {
        var allow = Authorizer<ParticipantProbe>(AccessDecision.Allow);
        var forbid = Authorizer<ParticipantProbe>(AccessDecision.Forbid("Not your engagement."));
        var behavior = new AuthorizationBehavior<ParticipantProbe, int>(User(true, Roles.Expert), [allow, forbid]);

        var error = await Assert.ThrowsAsync<ForbiddenException>(async () => await behavior.Handle(new ParticipantProbe(), Next<ParticipantProbe>(), Ct));

        Assert.Equal("Not your engagement.", error.Message);
        Assert.Equal(0, _calls);
    }

    [Fact]
    public async Task Handle_ResourceHiddenFromUser_ThrowsNotFound()
    {
        var key = Guid.NewGuid();
        var behavior = new AuthorizationBehavior<ParticipantProbe, int>(User(true, Roles.Expert), [Authorizer<ParticipantProbe>(AccessDecision.Hide("Proposal", key))]);

        var error = await Assert.ThrowsAsync<NotFoundException>(async () => await behavior.Handle(new ParticipantProbe(), Next<ParticipantProbe>(), Ct));

        Assert.Equal("Proposal", error.Resource);
        Assert.Equal(key.ToString(), error.Key);
        Assert.Equal(0, _calls);
    }

    [Fact]
    public async Task Handle_RightRoleAndEveryResourceCheckAllows_CallsHandlerOnce()
    {
        var message = new ParticipantProbe();
        var authorizer = Authorizer<ParticipantProbe>(AccessDecision.Allow);
        var behavior = new AuthorizationBehavior<ParticipantProbe, int>(User(true, Roles.Coordinator), [authorizer]);

        Assert.Equal(42, await behavior.Handle(message, Next<ParticipantProbe>(), Ct));

        Assert.Same(message, Assert.Single(authorizer.Seen));
        Assert.Equal(1, _calls);
    }

    [Fact]
    public async Task Handle_PublicMessage_AdmitsAnonymous()
    {
        var behavior = new AuthorizationBehavior<PublicProbe, int>(User(signedIn: false), []);

        Assert.Equal(42, await behavior.Handle(new PublicProbe(), Next<PublicProbe>(), Ct));
        Assert.Equal(1, _calls);
    }

    [Fact]
    public async Task Handle_SystemOnlyMessage_AdmitsTheWorkerScope_RefusesSignedInStaff()
    {
        var worker = new AuthorizationBehavior<SystemProbe, int>(User(signedIn: false), []);
        Assert.Equal(42, await worker.Handle(new SystemProbe(), Next<SystemProbe>(), Ct));

        var staff = new AuthorizationBehavior<SystemProbe, int>(User(true, Roles.Staff, Roles.Admin), []);
        await Assert.ThrowsAsync<ForbiddenException>(async () => await staff.Handle(new SystemProbe(), Next<SystemProbe>(), Ct));
        Assert.Equal(1, _calls);
    }

    [Fact]
    public async Task Handle_MessageWithoutRule_IsRefused()
    {
        var behavior = new AuthorizationBehavior<UndeclaredProbe, int>(User(true, Roles.Staff), []);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await behavior.Handle(new UndeclaredProbe(), Next<UndeclaredProbe>(), Ct));

        Assert.Contains(nameof(UndeclaredProbe), error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _calls);
    }

    [Fact]
    public void For_TwoRulesOnOneMessage_CountsAsNone()
    {
        Assert.Null(MessageAccessRule.For(typeof(DoublyDeclaredProbe)));
        Assert.Equal(new[] { Roles.Staff }, MessageAccessRule.For(typeof(StaffProbe))!.Roles);
    }

    [Fact]
    public async Task Pipeline_WrongPrincipalWithInvalidMessage_GetsForbidden_RightPrincipalGetsValidationErrors()
    {
        // Authorization, then validation: the order the host registers them in.
        var invalid = new CancelRequestCommand(Reason: "") { Id = Guid.NewGuid() };
        MessageHandlerDelegate<CancelRequestCommand, Requests.RequestResponse> handler = (_, _) => throw new InvalidOperationException("the handler must not run");

        async ValueTask<Requests.RequestResponse> SendAs(ICurrentUser user)
        {
            var validation = new ValidationBehavior<CancelRequestCommand, Requests.RequestResponse>([new CancelRequestValidator()]);
            var authorization = new AuthorizationBehavior<CancelRequestCommand, Requests.RequestResponse>(user, []);
            return await authorization.Handle(invalid, (m, ct) => validation.Handle(m, handler, ct), Ct);
        }

        await Assert.ThrowsAsync<ForbiddenException>(async () => await SendAs(User(true, Roles.Coordinator)));
        await Assert.ThrowsAsync<UnauthenticatedException>(async () => await SendAs(User(signedIn: false)));
        var error = await Assert.ThrowsAsync<ValidationException>(async () => await SendAs(User(true, Roles.Staff)));
        Assert.Equal(["reason"], error.Errors.Select(e => e.PropertyName).Distinct());
    }
}
