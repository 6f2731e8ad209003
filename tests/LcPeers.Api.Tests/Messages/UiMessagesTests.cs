using System.Globalization;
using FluentValidation;
using LcPeers.Api.Resources;
using LcPeers.Api.Web;
using LcPeers.Application.Matching.RejectProposal;
using LcPeers.Application.Requests.CreateRequest;
using LcPeers.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LcPeers.Api.Tests.Messages;

/// <summary>The localizer of validation failures and rule codes: Dutch by default, the form's label, the rule's limits.</summary>
public sealed class UiMessagesTests
{
    private static readonly IStringLocalizer<SharedResource> T = new StringLocalizer<SharedResource>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static T2 In<T2>(string culture, Func<T2> read)
    {
        var (ui, c) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, c);
        }
    }

    [Fact]
    public void Validation_MaximumLength_NamesTheLabelAndTheLimit_InDutchAndEnglish()
    {
        var failure = new RejectProposalValidator().Validate(new RejectProposalCommand(new string('x', 1001))).Errors.Single();

        Assert.Equal("‘Reden van afwijzing’ mag hoogstens 1000 tekens lang zijn (nu 1001).", In("nl", () => new UiMessages(T).Validation(failure, "Reden van afwijzing")));
        Assert.Equal("‘Reason for rejection’ can be at most 1000 characters long (now 1001).", In("en", () => new UiMessages(T).Validation(failure, "Reason for rejection")));
    }

    [Fact]
    public void FormErrorMap_UsesTheFormsLabel_AndTheRowNumber()
    {
        var exception = new ValidationException(
        [
            new FluentValidation.Results.ValidationFailure("kind", "'kind' must not be empty.") { ErrorCode = "NotEmptyValidator" },
            new FluentValidation.Results.ValidationFailure("contacts[0].email", "x") { ErrorCode = "text.email" },
        ]);
        var map = new FormErrorMap("Form", typeof(FormShape), "Request").MapIndex("contacts", 0, 2).Label("contacts.email", "Staff.Lc.ContactEmail");
        var state = new ModelStateDictionary();

        In("nl", () =>
        {
            map.AddTo(state, exception, new UiMessages(T));
            return 0;
        });

        Assert.Equal("Kies een optie bij ‘Soort hulp’.", state["Form.Kind"]!.Errors.Single().ErrorMessage);
        Assert.Equal("Vul bij ‘E-mail (contactpersoon 3)’ een e-mailadres in, zoals naam@voorbeeld.nl.", state["Form.Contacts[2].Email"]!.Errors.Single().ErrorMessage);
    }

    [Fact]
    public void Validation_DateLimits_AreWrittenAsDates()
    {
        var failure = new CreateRequestValidator().Validate(new CreateRequestCommand(Guid.NewGuid(), null, ["balance"], "advice", null, "Beschrijving",
            new DateOnly(2027, 5, 1), new DateOnly(2027, 4, 1), 10, "online", null, null, ["nl"], 1, [])).Errors.Single();

        Assert.Equal("‘Einddatum’ mag niet vóór de startdatum liggen.", In("nl", () => new UiMessages(T).Validation(failure, "Einddatum")));
    }

    [Fact]
    public void Rule_KnownUnknownAndContextual_AreNeverTheApisEnglish()
    {
        var nl = In("nl", () => (
            InPast: new UiMessages(T).Rule(RuleCodes.Session.InPast),
            Vocabulary: new UiMessages(T).Rule("phase.unknown"),
            Other: new UiMessages(T).Rule("no.such-code"),
            Feedback: new UiMessages(T).Rule(RuleCodes.Duplicate, "feedback")));

        Assert.Equal("Een bijeenkomst kan niet in het verleden worden gepland.", nl.InPast);
        Assert.Equal("Die keuze kennen we niet. Kies een van de aangeboden opties.", nl.Vocabulary);
        Assert.StartsWith("Dit kan nu niet.", nl.Other, StringComparison.Ordinal);
        Assert.Equal("Je hebt al feedback gegeven op deze inzet.", nl.Feedback);
        Assert.Equal("You have already given feedback on this engagement.", In("en", () => new UiMessages(T).Rule(RuleCodes.Duplicate, "feedback")));
    }

    [Theory]
    [InlineData(1, "1 expert komt in aanmerking.")]
    [InlineData(3, "3 experts komen in aanmerking.")]
    [InlineData(0, "0 experts komen in aanmerking.")]
    public void Count_PicksSingularForOne(int count, string expected) =>
        Assert.Equal(expected, In("nl", () => T.Count("Matching.EligibleCount", count)));

    private sealed class FormShape
    {
        public string? Kind { get; set; }

        public List<string> Contacts { get; set; } = [];
    }
}
