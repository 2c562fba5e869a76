using WildTrace.Detection.Terms;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Matching;

/// <summary>
/// Finds every term of a term list in normalised text in one pass.
/// </summary>
/// <remarks>Immutable and safe to share between threads once created; build it once. See docs/design/matcher.md.</remarks>
public sealed class TermMatcher
{
    private readonly (string Form, Term Term)[] _forms;
    private readonly TermMatcherOptions _options;

    private TermMatcher((string Form, Term Term)[] forms, TermMatcherOptions options)
    {
        _forms = forms;
        _options = options;
    }

    /// <summary>The number of terms the matcher was built from.</summary>
    public int TermCount { get; private init; }

    /// <summary>Compiles a matcher for <paramref name="terms"/>.</summary>
    /// <param name="terms">The terms; their texts are normalised with <see cref="TermMatcherOptions.Normalizer"/>.</param>
    /// <param name="options">Options; <see cref="TermMatcherOptions.Default"/> when null.</param>
    /// <returns>An immutable matcher.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is null.</exception>
    public static TermMatcher Create(IEnumerable<Term> terms, TermMatcherOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        options ??= TermMatcherOptions.Default;

        // Placeholder until the automaton lands: every normalised form, searched one by one.
        List<(string, Term)> forms = [];
        int count = 0;
        foreach (Term term in terms)
        {
            count++;
            foreach (string form in TermVariants.Generate(options.Normalizer, term.Text, term.Language))
            {
                if (form.Length > 0)
                {
                    forms.Add((form, term));
                }
            }
        }

        return new TermMatcher([.. forms], options) { TermCount = count };
    }

    /// <summary>Finds the terms in <paramref name="text"/>.</summary>
    /// <param name="text">Text normalised with the same normaliser as the terms.</param>
    /// <returns>The matches ordered by start, then by longer span first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<TermMatch> FindAll(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<TermMatch> matches = [];
        foreach ((string form, Term term) in _forms)
        {
            int at = 0;
            while ((at = text.Value.IndexOf(form, at, StringComparison.Ordinal)) >= 0)
            {
                matches.Add(new TermMatch(term, new TextSpan(at, at + form.Length), MatchMethod.Exact, 0));
                at++;
            }
        }

        matches.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        return _options.MatchKind == MatchKind.All ? matches : KeepLeftmostLongest(matches);
    }

    private static List<TermMatch> KeepLeftmostLongest(List<TermMatch> sorted)
    {
        List<TermMatch> kept = [];
        int end = 0;
        foreach (TermMatch match in sorted)
        {
            if (match.Span.Start >= end)
            {
                kept.Add(match);
                end = match.Span.End;
            }
        }

        return kept;
    }
}
