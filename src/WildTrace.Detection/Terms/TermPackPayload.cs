using System.Text;

namespace WildTrace.Detection.Terms;

/// <summary>
/// The binary payload of a pack or delta: a string table, the species, then terms as string-table indices.
/// A table because sources, languages, kinds and taxa repeat across thousands of terms; it roughly halves the payload
/// and the strings to allocate when loading (bench TermPackBenchmarks).
/// </summary>
internal static class TermPackPayload
{
    public static byte[] Encode(SpeciesTable species, IReadOnlyList<Term> added, IReadOnlyList<Term> changed, IReadOnlyList<string> retired)
    {
        Dictionary<string, int> table = new(StringComparer.Ordinal);
        List<string> strings = [];
        int Index(string value)
        {
            if (!table.TryGetValue(value, out int index))
            {
                index = strings.Count;
                table.Add(value, index);
                strings.Add(value);
            }

            return index;
        }

        using MemoryStream body = new();
        using (BinaryWriter writer = new(body, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(species.Count);
            foreach (Species s in species.All)
            {
                foreach (string value in (string[])[s.Taxon, s.Rank, s.Group, s.Cites, s.Note, s.Source])
                {
                    writer.Write7BitEncodedInt(Index(value));
                }

                writer.Write7BitEncodedInt(DayOf(s.CitesSince));
            }

            WriteTerms(writer, added, Index);
            WriteTerms(writer, changed, Index);
            writer.Write7BitEncodedInt(retired.Count);
            foreach (string id in retired)
            {
                writer.Write7BitEncodedInt(Index(id));
            }
        }

        using MemoryStream payload = new();
        using (BinaryWriter writer = new(payload, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(strings.Count);
            foreach (string value in strings)
            {
                writer.Write(value);
            }

            body.WriteTo(payload);
        }

        return payload.ToArray();
    }

    /// <exception cref="TermPackException">The payload does not decode (<see cref="TermPackFailure.Malformed"/>).</exception>
    public static (SpeciesTable Species, Term[] Added, Term[] Changed, string[] Retired) Decode(byte[] bytes, int offset, string packId)
    {
        try
        {
            using MemoryStream stream = new(bytes, offset, bytes.Length - offset, writable: false);
            using BinaryReader reader = new(stream, Encoding.UTF8);
            string[] strings = new string[Count(reader, stream)];
            for (int i = 0; i < strings.Length; i++)
            {
                strings[i] = reader.ReadString();
            }

            Species[] species = new Species[Count(reader, stream)];
            for (int i = 0; i < species.Length; i++)
            {
                species[i] = new Species
                {
                    Taxon = Read(reader, strings), Rank = Read(reader, strings), Group = Read(reader, strings),
                    Cites = Read(reader, strings), Note = Read(reader, strings), Source = Read(reader, strings),
                    CitesSince = DateOf(reader.Read7BitEncodedInt()),
                };
            }

            Term[] added = ReadTerms(reader, stream, strings);
            Term[] changed = ReadTerms(reader, stream, strings);
            string[] retired = new string[Count(reader, stream)];
            for (int i = 0; i < retired.Length; i++)
            {
                retired[i] = Read(reader, strings);
            }

            if (stream.Position != stream.Length)
            {
                throw new FormatException("Trailing bytes after the payload.");
            }

            return (new SpeciesTable(species), added, changed, retired);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            // Unreachable for a pack whose digest verified unless its signer wrote garbage; still no crash.
            throw new TermPackException(TermPackFailure.Malformed, $"term pack '{packId}' has a payload that does not decode: {e.Message}", packId);
        }
    }

    private static void WriteTerms(BinaryWriter writer, IReadOnlyList<Term> terms, Func<string, int> index)
    {
        writer.Write7BitEncodedInt(terms.Count);
        foreach (Term t in terms)
        {
            foreach (string value in (string[])[t.Id, t.Text, t.Language, t.Category, t.Species, t.Kind, t.Product, t.Context, t.Source])
            {
                writer.Write7BitEncodedInt(index(value));
            }

            writer.Write(t.Weight);
            writer.Write((byte)t.Status);
            writer.Write7BitEncodedInt(DayOf(t.Added));
        }
    }

    private static Term[] ReadTerms(BinaryReader reader, Stream stream, string[] strings)
    {
        Term[] terms = new Term[Count(reader, stream)];
        for (int i = 0; i < terms.Length; i++)
        {
            terms[i] = new Term
            {
                Id = Read(reader, strings), Text = Read(reader, strings), Language = Read(reader, strings),
                Category = Read(reader, strings), Species = Read(reader, strings), Kind = Read(reader, strings),
                Product = Read(reader, strings), Context = Read(reader, strings), Source = Read(reader, strings),
                Weight = reader.ReadDouble(), Status = (TermStatus)reader.ReadByte(), Added = DateOf(reader.Read7BitEncodedInt()),
            };
        }

        return terms;
    }

    // Each element takes at least one byte, so a count above the bytes left is corrupt (and must not size an array).
    private static int Count(BinaryReader reader, Stream stream)
    {
        int count = reader.Read7BitEncodedInt();
        return count >= 0 && count <= stream.Length - stream.Position ? count : throw new FormatException("Count out of range.");
    }

    private static string Read(BinaryReader reader, string[] strings) => strings[reader.Read7BitEncodedInt()];

    // DayNumber + 1, so that 0 means "no date".
    private static int DayOf(DateOnly? date) => date is { } d ? d.DayNumber + 1 : 0;

    private static DateOnly? DateOf(int day) => day == 0 ? null : DateOnly.FromDayNumber(day - 1);
}
