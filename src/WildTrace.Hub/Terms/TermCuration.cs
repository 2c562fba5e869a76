using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WildTrace.Hub.Audit;
using WildTrace.Hub.Hosting;
using WildTrace.Storage;
using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Terms;

/// <summary>
/// Proposing and deciding on terms, shared by the API and the pages. Every change takes a new <c>terms</c> revision,
/// adds a history step and an audit entry in one transaction, then wakes <see cref="TermsWorker"/>.
/// </summary>
internal sealed class TermCuration(AuditLog audit, TimeProvider time, TermChangeSignal signal, ILogger<TermCuration> logger)
{
    /// <summary>The outcome of a curation call: the changed term, or why nothing changed (status and message).</summary>
    public sealed record Outcome(TermRecord? Term, int Status, string? Error)
    {
        public static Outcome Done(TermRecord term) => new(term, StatusCodes.Status200OK, null);

        public static Outcome Fail(int status, string error) => new(null, status, error);
    }

    public async Task<Outcome> ProposeAsync(WildTraceDb db, HubActor actor, ProposeTermRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Check(request) is { } invalid)
        {
            return Outcome.Fail(StatusCodes.Status400BadRequest, invalid);
        }

        string termId = IdFor(request.Language.Trim(), request.Text.Trim());
        if (await db.Terms.AnyAsync(t => t.TermId == termId, cancellationToken))
        {
            return Outcome.Fail(StatusCodes.Status409Conflict, $"The term already exists as '{termId}'.");
        }

        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        DateTimeOffset now = time.GetUtcNow();
        TermRecord record = new()
        {
            TermId = termId, Text = request.Text.Trim(), Language = request.Language.Trim(), Kind = request.Kind.Trim(),
            Category = request.Category.Trim(), Species = request.Species?.Trim() ?? "", Product = request.Product?.Trim() ?? "",
            Weight = request.Weight ?? 0.5, Context = request.Context?.Trim() ?? "", Source = request.Source.Trim(),
            State = TermState.Proposed, ProposedByOrganisationId = actor.OrganisationId, CreatedAt = now, UpdatedAt = now,
            Revision = await TermFeed.ReserveAsync(db, 1, cancellationToken),
        };
        db.Terms.Add(record);
        db.TermHistory.Add(new TermHistoryEntry { TermRecord = record, ToState = TermState.Proposed, Actor = actor.Name, Comment = request.Comment, At = now });
        write.Record("term.propose", "term:" + termId, new { request.Language, request.Kind, request.Category });
        await write.CommitAsync(cancellationToken);
        TermLog.StateChanged(logger, termId, null, TermState.Proposed, actor.Name);
        return Outcome.Done(record);
    }

    /// <summary>Moves a term from <paramref name="from"/> to <paramref name="to"/> (approve, reject, retire).</summary>
    public async Task<Outcome> DecideAsync(
        WildTraceDb db, HubActor actor, string termId, TermState from, TermState to, string? comment, CancellationToken cancellationToken)
    {
        if (comment is { Length: > TermHistoryEntry.MaxCommentLength })
        {
            return Outcome.Fail(StatusCodes.Status400BadRequest, $"'comment' is longer than {TermHistoryEntry.MaxCommentLength} characters.");
        }

        await using AuditedWrite write = await audit.BeginAsync(db, actor, cancellationToken);
        TermRecord? record = await db.Terms.SingleOrDefaultAsync(t => t.TermId == termId, cancellationToken);
        if (record is null)
        {
            return Outcome.Fail(StatusCodes.Status404NotFound, $"No term '{termId}'.");
        }

        if (record.State != from)
        {
            return Outcome.Fail(StatusCodes.Status409Conflict, $"Term '{termId}' is {record.State}; only a {from} term can become {to}.");
        }

        if (to == TermState.Approved && string.IsNullOrWhiteSpace(record.Source))
        {
            return Outcome.Fail(StatusCodes.Status409Conflict, $"Term '{termId}' has no source; a term is approved only with one.");
        }

        DateTimeOffset now = time.GetUtcNow();
        record.State = to;
        record.UpdatedAt = now;
        record.Revision = await TermFeed.ReserveAsync(db, 1, cancellationToken);
        db.TermHistory.Add(new TermHistoryEntry { TermRecordId = record.Id, FromState = from, ToState = to, Actor = actor.Name, Comment = comment, At = now });
        write.Record("term." + Verb(to), "term:" + termId, new { from = from.ToString(), to = to.ToString() });
        await write.CommitAsync(cancellationToken);
        signal.Notify();
        TermLog.StateChanged(logger, termId, from, to, actor.Name);
        return Outcome.Done(record);
    }

    private static string Verb(TermState to) => to switch
    {
        TermState.Approved => "approve",
        TermState.Rejected => "reject",
        TermState.Retired => "retire",
        _ => "propose",
    };

    private static string? Check(ProposeTermRequest r) =>
        Missing(r.Text, "text") ?? Missing(r.Language, "language") ?? Missing(r.Kind, "kind") ?? Missing(r.Category, "category")
        ?? Missing(r.Source, "source")
        ?? TooLong(r.Text, TermRecord.MaxTextLength, "text") ?? TooLong(r.Language, TermRecord.MaxLanguageLength, "language")
        ?? TooLong(r.Kind, TermRecord.MaxShortFieldLength, "kind") ?? TooLong(r.Category, TermRecord.MaxShortFieldLength, "category")
        ?? TooLong(r.Species, TermRecord.MaxShortFieldLength, "species") ?? TooLong(r.Product, TermRecord.MaxShortFieldLength, "product")
        ?? TooLong(r.Context, TermRecord.MaxContextLength, "context") ?? TooLong(r.Source, TermRecord.MaxSourceLength, "source")
        ?? TooLong(r.Comment, TermHistoryEntry.MaxCommentLength, "comment")
        ?? (r.Weight is < 0 or > 1 or double.NaN ? "'weight' must be between 0 and 1." : null);

    private static string? Missing(string? value, string field) => string.IsNullOrWhiteSpace(value) ? $"'{field}' is required." : null;

    private static string? TooLong(string? value, int max, string field) => value is { Length: var n } && n > max ? $"'{field}' is longer than {max} characters." : null;

    /// <summary><c>{language}-{ascii-slug}</c>; text that is not plain ASCII letters and digits gets a short hash instead, so ids stay ASCII and stable.</summary>
    internal static string IdFor(string language, string text)
    {
        StringBuilder slug = new();
        foreach (char c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        string ascii = slug.ToString().Trim('-');
        bool isPlain = ascii.Length > 0 && text.All(c => char.IsAscii(c));
        string tail = isPlain ? ascii : "x" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))[..4]);
        string id = language.ToLowerInvariant() + "-" + tail;
        return id.Length <= TermRecord.MaxTermIdLength ? id : id[..TermRecord.MaxTermIdLength];
    }
}
