using System.Globalization;
using System.Reflection;
using System.Resources;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using LcPeers.Api.Resources;
using LcPeers.Api.Web;
using LcPeers.Application.Common.Validation;
using LcPeers.Domain.Auditing;
using LcPeers.Domain.Common;
using LcPeers.Domain.Engagements;
using LcPeers.Domain.Matching;
using LcPeers.Domain.Messaging;
using LcPeers.Domain.Requests;

namespace LcPeers.Api.Tests.Messages;

/// <summary>
/// Every validation rule of every validator in Application, and every rule code, has a text in Dutch and in English:
/// the pages show these texts, never the API's English messages or its JSON field names.
/// </summary>
public sealed class MessageCoverageTests
{
    private static readonly ResourceManager Resources = new("LcPeers.Api.Resources.SharedResource", typeof(SharedResource).Assembly);
    private static readonly ResourceSet Dutch = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
    private static readonly ResourceSet English = Resources.GetResourceSet(new CultureInfo("en"), createIfNotExists: true, tryParents: false)!;

    [Fact]
    public void ValidatorWalk_FindsTheValidatorsAndTheirRules()
    {
        var rules = AllRules().ToList();

        Assert.True(Validators().Count() >= 25, "the walk finds the Application's validators");
        Assert.Contains(rules, r => r.Leaf == "kind" && r.Code == "PredicateValidator");
        Assert.Contains(rules, r => r.Leaf == "level" && r.Code == "InclusiveBetweenValidator"); // inside ChildRules
        Assert.Contains(rules, r => r.Leaf == "email" && r.Code == TextRules.EmailErrorCode);
    }

    [Fact]
    public void EveryValidationRule_HasATextInDutchAndEnglish()
    {
        var missing = AllRules()
            .Where(r => !UiMessages.ValidationKeys(r.Code, r.Leaf).Any(k => Has(Dutch, k) && Has(English, k)))
            .Select(r => $"{r.Validator}: {r.Path} {r.Code} (Validation.{r.Code}.{r.Leaf} or Validation.{r.Code})")
            .Distinct()
            .ToList();

        Assert.True(missing.Count == 0, "no text for:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void EveryValidatedField_HasALabelInDutchAndEnglish()
    {
        var missing = AllRules().Select(r => UiMessages.FieldKey(r.Leaf)).Distinct()
            .Where(k => !Has(Dutch, k) || !Has(English, k))
            .ToList();

        Assert.True(missing.Count == 0, "no label for:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void NoTwoRulesOnOneField_ShareAnErrorCode()
    {
        // Two checks that share a code (two Must()s on 'end') would share a text: each needs its own WithErrorCode.
        var shared = AllRules()
            .GroupBy(r => (r.Validator, r.Path, r.Code))
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key.Validator}: {g.Key.Path} {g.Key.Code} x{g.Count()}")
            .ToList();

        Assert.True(shared.Count == 0, "shared codes:\n" + string.Join('\n', shared));
    }

    [Fact]
    public void EveryRuleCode_HasATextInDutchAndEnglish()
    {
        var codes = RuleCodeValues().ToList();
        var missing = codes.Where(c => !UiMessages.RuleKeys(c, null).Any(k => Has(Dutch, k) && Has(English, k))).ToList();

        Assert.True(codes.Count >= 30, "the walk finds the rule codes");
        Assert.True(missing.Count == 0, "no text for rule codes:\n" + string.Join('\n', missing));
        Assert.True(Has(Dutch, "Rule.unknown") && Has(English, "Rule.unknown"), "vocabulary codes ('phase.unknown') have a text");
    }

    [Fact]
    public void DutchValidationAndRuleTexts_DifferFromTheEnglish()
    {
        var same = Keys(Dutch).Where(k => k.StartsWith("Validation.", StringComparison.Ordinal) || k.StartsWith("Rule.", StringComparison.Ordinal))
            .Where(k => Dutch.GetString(k) == English.GetString(k))
            .ToList();

        Assert.Empty(same);
    }

    [Fact]
    public void EveryAuditKindActionAndState_IsAWordInDutchAndEnglish()
    {
        var keys = Constants(typeof(AuditEntityKinds)).Select(k => $"Audit.Kind.{k}")
            .Concat(Constants(typeof(AuditActions)).Select(a => $"Audit.Action.{a}"))
            .Concat(Codes<RequestStatus>.All.Select(c => $"Code.status.{c}"))
            .Concat(Codes<ProposalStatus>.All.Select(c => $"Code.proposal.{c}"))
            .Concat(Codes<EngagementStatus>.All.Select(c => $"Code.engagement.{c}"))
            .Concat(Codes<SessionStatus>.All.Select(c => $"Code.session.{c}"))
            .Concat(Codes<OutboxStatus>.All.Select(c => $"Code.outbox.{c}"))
            .ToList();
        var missing = keys.Where(k => !Has(Dutch, k) || !Has(English, k)).ToList();

        Assert.True(keys.Count > 40, "the walk finds the audit vocabulary");
        Assert.True(missing.Count == 0, "no words for:\n" + string.Join('\n', missing));
    }

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    private static bool Has(ResourceSet set, string key) => !string.IsNullOrWhiteSpace(set.GetString(key));

    private static IEnumerable<string> Keys(ResourceSet set) =>
        set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key);

    internal static IEnumerable<string> RuleCodeValues()
    {
        static IEnumerable<Type> WithNested(Type t) => t.GetNestedTypes().SelectMany(WithNested).Prepend(t);
        return WithNested(typeof(RuleCodes))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);
    }

    internal static IEnumerable<IValidator> Validators() =>
        typeof(TextRules).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(t)
                && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IValidator)Activator.CreateInstance(t)!);

    internal static IEnumerable<RuleUse> AllRules() =>
        Validators().SelectMany(v => Walk(v.GetType().Name, v, ""));

    private static IEnumerable<RuleUse> Walk(string validator, IValidator v, string parent)
    {
        foreach (var rule in v.CreateDescriptor().Rules)
        {
            var path = parent + (rule.PropertyName ?? "");
            foreach (var component in rule.Components)
            {
                if (component.Validator is IChildValidatorAdaptor)
                {
                    var child = (IValidator)component.Validator.GetType().GetField("_validator", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(component.Validator)!;
                    foreach (var use in Walk(validator, child, path + "[]."))
                    {
                        yield return use;
                    }

                    continue;
                }

                yield return new RuleUse(validator, path, UiMessages.Leaf(path), component.ErrorCode ?? component.Validator.Name);
            }
        }
    }

    internal sealed record RuleUse(string Validator, string Path, string Leaf, string Code);
}
