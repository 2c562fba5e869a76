using System.Text;
using WildTrace.Detection.Terms;

namespace WildTrace.Detection.Tests.Terms;

public sealed class TermListReaderTests
{
    [Fact]
    public void Reads_plain_text_one_term_per_line_skipping_comments_and_blank_lines()
    {
        const string content = "# ivory terms\nivory\n\n  rhino horn  \n#\n象牙\n";

        TermListReadResult result = Read(content, TermListFormat.PlainText);

        Assert.True(result.IsSuccess);
        Assert.Equal(["ivory", "rhino horn", "象牙"], result.Terms.Select(t => t.Text));
        Assert.Equal(["und-2", "und-4", "und-6"], result.Terms.Select(t => t.Id));
        Assert.All(result.Terms, t => Assert.Equal(0.5, t.Weight));
    }

    [Fact]
    public void Keeps_a_hashtag_term_that_looks_like_a_comment()
    {
        TermListReadResult result = Read("#ivory\n# a comment\n", TermListFormat.PlainText);

        Assert.Equal(["#ivory"], result.Terms.Select(t => t.Text));
    }

    [Fact]
    public void Reads_csv_with_quoted_fields_and_columns_in_any_order()
    {
        const string content =
            "text,weight,id,language,category,species,kind,source\n" +
            "\"tiger bone, wine\",0.9,en-tbw,en,tiger-parts,Panthera tigris,common-name,\"NGO \"\"report\"\"\"\n" +
            "ivory,,,,,,,\n";

        TermListReadResult result = Read(content, TermListFormat.Csv);

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Term first = result.Terms[0];
        Assert.Equal(
            new Term
            {
                Id = "en-tbw", Text = "tiger bone, wine", Language = "en", Category = "tiger-parts",
                Species = "Panthera tigris", Weight = 0.9, Kind = "common-name", Source = "NGO \"report\"",
            },
            first);
        Assert.Equal(new Term { Id = "und-3", Text = "ivory" }, result.Terms[1]);
    }

    [Fact]
    public void Reads_tsv_with_a_header_and_only_the_text_column_required()
    {
        const string content = "# comment before the header\ntext\tlanguage\nngà voi\tvi\n";

        TermListReadResult result = Read(content, TermListFormat.Tsv);

        Assert.Equal(new Term { Id = "vi-3", Text = "ngà voi", Language = "vi" }, Assert.Single(result.Terms));
    }

    [Fact]
    public void Reads_json_array_ignoring_unknown_properties_and_nulls()
    {
        const string content = """
            [
              { "id": "zh-ivory", "text": "象牙", "language": "zh", "weight": 0.7, "tags": ["x", { "y": 1 }] },
              { "text": "rhino horn", "species": null, "weight": "0.9" },
            ]
            """;

        TermListReadResult result = Read(content, TermListFormat.Json);

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Equal(new Term { Id = "zh-ivory", Text = "象牙", Language = "zh", Weight = 0.7 }, result.Terms[0]);
        Assert.Equal(new Term { Id = "und-3", Text = "rhino horn", Weight = 0.9 }, result.Terms[1]);
    }

    [Theory]
    // Delimited formats
    [InlineData(TermListFormat.Csv, "text,weight\nivory,0.5\nrhino horn,1.5\n", 3, "weight '1.5' must be a number from 0 to 1")]
    [InlineData(TermListFormat.Csv, "text,weight\nivory,heavy\n", 2, "weight 'heavy' must be a number from 0 to 1")]
    [InlineData(TermListFormat.Csv, "id,weight\nx,0.5\n", 1, "the header row has no 'text' column")]
    [InlineData(TermListFormat.Csv, "text,text\nivory,ivory\n", 1, "column 'text' appears twice")]
    [InlineData(TermListFormat.Csv, "text,weight\nivory\n", 2, "expected 2 fields as in the header, found 1")]
    [InlineData(TermListFormat.Csv, "text\n\"ivory\n", 2, "unterminated quoted field")]
    [InlineData(TermListFormat.Csv, "text\n\"ivory\"x\n", 2, "unexpected character after a closing quote")]
    [InlineData(TermListFormat.Tsv, "id\ttext\na\tivory\na\trhino horn\n", 3, "duplicate id 'a' (first on line 2)")]
    [InlineData(TermListFormat.Tsv, "text\tlanguage\nivory\ten\nIvory\ten\n", 3, "duplicate term 'Ivory' for language 'en' (first on line 2)")]
    [InlineData(TermListFormat.Tsv, "text\tlanguage\nivory\tEnglish!\n", 2, "language 'English!' is not a BCP 47 tag")]
    [InlineData(TermListFormat.Tsv, "text\tid\nivory\tmy id\n", 2, "id contains whitespace")]
    [InlineData(TermListFormat.Tsv, "text\tweight\n\t0.5\n", 2, "text is empty")]
    [InlineData(TermListFormat.PlainText, "ivory\nrhino horn\nivory\n", 3, "duplicate term 'ivory' for language 'und' (first on line 1)")]
    // JSON
    [InlineData(TermListFormat.Json, "[\n{\"text\": \"ivory\"},\n{\"text\": 5}\n]", 3, "'text' must be a string")]
    [InlineData(TermListFormat.Json, "[\n{\"text\": \"ivory\", \"weight\": true}\n]", 2, "'weight' must be a number")]
    [InlineData(TermListFormat.Json, "[\n\"ivory\"\n]", 2, "each element must be an object")]
    [InlineData(TermListFormat.Json, "{\"text\": \"ivory\"}", 1, "must be an array of objects")]
    [InlineData(TermListFormat.Json, "[\n{\"text\": \"ivory\"},\n{\"text\" \"rhino\"}\n]", 3, "invalid JSON")]
    public void Reports_the_line_and_reason_of_an_invalid_row(TermListFormat format, string content, int line, string reason)
    {
        TermListReadResult result = Read(content, format);

        Assert.False(result.IsSuccess);
        Assert.Empty(result.Terms);
        TermListError error = result.Errors[0];
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TermListFormat.PlainText, "# only a comment\n")]
    [InlineData(TermListFormat.Csv, "text,weight\n")]
    [InlineData(TermListFormat.Json, "[]")]
    public void Rejects_a_list_without_terms(TermListFormat format, string content)
    {
        TermListReadResult result = Read(content, format);

        Assert.Equal(new TermListError(0, "the term list holds no terms"), Assert.Single(result.Errors));
    }

    [Fact]
    public void Rejects_a_csv_without_a_header()
    {
        TermListReadResult result = Read("# nothing\n", TermListFormat.Csv);

        Assert.Contains(result.Errors, e => e.Message == "the file has no header row");
    }

    [Fact]
    public void Rejects_a_file_over_the_size_limit()
    {
        TermListReadResult result = Read("ivory\nrhino horn\n", TermListFormat.PlainText, new TermListLimits { MaxBytes = 10 });

        Assert.Equal(new TermListError(0, "the file is larger than 10 bytes"), Assert.Single(result.Errors));
    }

    [Fact]
    public void Rejects_a_term_over_the_length_limit()
    {
        TermListReadResult result = Read("ivory\nrhino horn\n", TermListFormat.PlainText, new TermListLimits { MaxTermLength = 5 });

        Assert.Equal(new TermListError(2, "text is longer than 5 characters"), Assert.Single(result.Errors));
    }

    [Fact]
    public void Rejects_a_list_over_the_term_count_limit()
    {
        TermListReadResult result = Read("a\nb\nc\nd\n", TermListFormat.PlainText, new TermListLimits { MaxTermCount = 2 });

        Assert.Equal(new TermListError(3, "more than 2 terms"), Assert.Single(result.Errors));
    }

    [Fact]
    public void Stops_after_the_error_limit()
    {
        string content = "text,weight\n" + string.Concat(Enumerable.Range(0, 50).Select(i => $"t{i},2\n"));

        TermListReadResult result = Read(content, TermListFormat.Csv, new TermListLimits { MaxErrors = 3 });

        Assert.Equal([2, 3, 4], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Rejects_invalid_utf8()
    {
        using MemoryStream stream = new([(byte)'i', 0xC3, 0x28, (byte)'\n']);

        TermListReadResult result = TermListReader.Read(stream, TermListFormat.PlainText);

        Assert.Equal(new TermListError(0, "the file is not valid UTF-8"), Assert.Single(result.Errors));
    }

    [Fact]
    public void Skips_a_byte_order_mark()
    {
        using MemoryStream stream = new([.. Encoding.UTF8.Preamble, .. "ivory\n"u8]);

        TermListReadResult result = TermListReader.Read(stream, TermListFormat.PlainText);

        Assert.Equal("ivory", Assert.Single(result.Terms).Text);
    }

    [Fact]
    public void Formats_an_error_with_its_line_number()
    {
        Assert.Equal("line 7: text is empty", new TermListError(7, "text is empty").ToString());
        Assert.Equal("the file is not valid UTF-8", new TermListError(0, "the file is not valid UTF-8").ToString());
    }

    private static TermListReadResult Read(string content, TermListFormat format, TermListLimits? limits = null)
    {
        using MemoryStream stream = new(Encoding.UTF8.GetBytes(content));
        return TermListReader.Read(stream, format, limits);
    }
}
