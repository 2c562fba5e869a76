using System.Text;

namespace WildTrace.Detection.Terms;

/// <summary>
/// The binary payload of a pack or delta: a string table, the species, then terms as string-table indices.
/// A table because sources, languages, kinds and taxa repeat across thousands of terms: the 8,707 terms of data/ take
/// 891 KB as a pack against 1.46 MB as plain length-prefixed fields, and loading allocates each distinct string once.
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
    public static (SpeciesTable Species, Term[] Added, Term[] Changed, string[] Retired) Decode(ReadOnlySpan<byte> payload, string packId)
    {
        try
        {
            PayloadReader reader = new(payload);
            string[] strings = new string[reader.ReadCount()];
            for (int i = 0; i < strings.Length; i++)
            {
                strings[i] = reader.ReadString();
            }

            Species[] species = new Species[reader.ReadCount()];
            for (int i = 0; i < species.Length; i++)
            {
                species[i] = new Species
                {
                    Taxon = reader.ReadIndexed(strings), Rank = reader.ReadIndexed(strings), Group = reader.ReadIndexed(strings),
                    Cites = reader.ReadIndexed(strings), Note = reader.ReadIndexed(strings), Source = reader.ReadIndexed(strings),
                    CitesSince = DateOf(reader.ReadInt()),
                };
            }

            Term[] added = ReadTerms(ref reader, strings);
            Term[] changed = ReadTerms(ref reader, strings);
            string[] retired = new string[reader.ReadCount()];
            for (int i = 0; i < retired.Length; i++)
            {
                retired[i] = reader.ReadIndexed(strings);
            }

            if (!reader.IsAtEnd)
            {
                throw new FormatException("Trailing bytes after the payload.");
            }

            return (new SpeciesTable(species), added, changed, retired);
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
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

    private static Term[] ReadTerms(ref PayloadReader reader, string[] strings)
    {
        Term[] terms = new Term[reader.ReadCount()];
        for (int i = 0; i < terms.Length; i++)
        {
            terms[i] = new Term
            {
                Id = reader.ReadIndexed(strings), Text = reader.ReadIndexed(strings), Language = reader.ReadIndexed(strings),
                Category = reader.ReadIndexed(strings), Species = reader.ReadIndexed(strings), Kind = reader.ReadIndexed(strings),
                Product = reader.ReadIndexed(strings), Context = reader.ReadIndexed(strings), Source = reader.ReadIndexed(strings),
                Weight = reader.ReadDouble(), Status = reader.ReadStatus(), Added = DateOf(reader.ReadInt()),
            };
        }

        return terms;
    }

    // DayNumber + 1, so that 0 means "no date".
    private static int DayOf(DateOnly? date) => date is { } d ? d.DayNumber + 1 : 0;

    private static DateOnly? DateOf(int day) => day == 0 ? null : DateOnly.FromDayNumber(day - 1);

    /// <summary>
    /// Reads what <see cref="BinaryWriter"/> wrote (7-bit encoded integers, length-prefixed UTF-8, little-endian
    /// doubles) straight from a span: no stream to copy into and no virtual call per byte.
    /// </summary>
    private ref struct PayloadReader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _position;

        public readonly bool IsAtEnd => _position == _bytes.Length;

        public int ReadInt()
        {
            uint result = 0;
            for (int shift = 0; shift < 35; shift += 7)
            {
                byte b = _bytes[_position++];
                result |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return (int)result;
                }
            }

            throw new FormatException("Bad 7-bit encoded integer.");
        }

        // Each element takes at least one byte, so a count above the bytes left is corrupt (and must not size an array).
        public int ReadCount()
        {
            int count = ReadInt();
            return count >= 0 && count <= _bytes.Length - _position ? count : throw new FormatException("Count out of range.");
        }

        public string ReadString()
        {
            int length = ReadCount();
            string value = Encoding.UTF8.GetString(_bytes.Slice(_position, length));
            _position += length;
            return value;
        }

        public string ReadIndexed(string[] strings) => strings[ReadInt()];

        public double ReadDouble()
        {
            double value = System.Buffers.Binary.BinaryPrimitives.ReadDoubleLittleEndian(_bytes.Slice(_position, sizeof(double)));
            _position += sizeof(double);
            return value;
        }

        public TermStatus ReadStatus()
        {
            TermStatus status = (TermStatus)_bytes[_position++];
            return Enum.IsDefined(status) ? status : throw new FormatException("Unknown term status.");
        }
    }
}
