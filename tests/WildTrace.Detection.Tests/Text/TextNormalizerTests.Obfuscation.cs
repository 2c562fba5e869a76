using WildTrace.Detection.Text;

namespace WildTrace.Detection.Tests.Text;

public sealed partial class TextNormalizerTests
{
    [Theory]
    // Leetspeak inside words
    [InlineData("Genuine 1v0ry bangle", "ivory", "1v0ry")]
    [InlineData("raw p4ng0l1n scales", "pangolin", "p4ng0l1n")]
    [InlineData("real rh!no h0rn", "rhino horn", "rh!no h0rn")]
    [InlineData("p@ngolin", "pangolin", "p@ngolin")]
    [InlineData("tiger 5kin", "skin", "5kin")]
    [InlineData("tiger $kin", "skin", "$kin")]
    [InlineData("bán ngà v0i", "nga voi", "ngà v0i")]
    [InlineData("продаю сл0н", "слон", "сл0н")]
    // Doubled leet digits inside words (labelled test split: fr, de)
    [InlineData("grumes de b01s de rose", "bois de rose", "b01s de rose")]
    [InlineData("Po77w4lz4hn kaufen", "pottwalzahn", "Po77w4lz4hn")]
    [InlineData("c4r4pac3 de 70r7u3", "carapace de tortue", "c4r4pac3 de 70r7u3")]
    // Leet words ending in a digit pair, with a digit at both edges, or with three digits inside
    [InlineData("collana 4v0r10", "avorio", "4v0r10")]
    [InlineData("r1noc3r0n73 horn", "rinoceronte", "r1noc3r0n73")]
    [InlineData("fanon de 0rc4", "orca", "0rc4")]
    [InlineData("shah700sh shawl", "shahtoosh", "shah700sh")]
    // Letters split by separators, including emoji used as separators
    [InlineData("Genuine 1v0ry b a n g l e", "bangle", "b a n g l e")]
    [InlineData("i v o r y", "ivory", "i v o r y")]
    [InlineData("i.v.o.r.y", "ivory", "i.v.o.r.y")]
    [InlineData("i-v-o-r-y", "ivory", "i-v-o-r-y")]
    [InlineData("i_v_o_r_y", "ivory", "i_v_o_r_y")]
    [InlineData("i/v/o/r/y", "ivory", "i/v/o/r/y")]
    [InlineData("i. v. o. r. y", "ivory", "i. v. o. r. y")]
    [InlineData("H O R N B I L L casque", "hornbill", "H O R N B I L L")]
    [InlineData("i🐘v🐘o🐘r🐘y", "ivory", "i🐘v🐘o🐘r🐘y")]
    [InlineData("1 v 0 r y", "ivory", "1 v 0 r y")]
    [InlineData("n g à v o i", "ngavoi", "n g à v o i")]
    [InlineData("出售 象 牙", "象牙", "象 牙")]
    [InlineData("С Л О Н", "слон", "С Л О Н")]
    // Two letters joined by a hyphen, underscore or star; in scripts without dotted abbreviations, by any separator
    [InlineData("p-e-l-l-e d-i t-i-g-r-e", "pelle di tigre", "p-e-l-l-e d-i t-i-g-r-e")]
    [InlineData("б-и-в-н-и с_о с-л-о-н-а", "со", "с_о")]
    [InlineData("상.아 팔.찌", "상아 팔찌", "상.아 팔.찌")]
    [InlineData("बा-घ की खा_ल", "बाघ की खाल", "बा-घ की खा_ल")]
    [InlineData("虎*骨", "虎骨", "虎*骨")]
    // Dotted pairs beside a dotted run spell a phrase letter by letter
    [InlineData("t.ê t.ê đ.ô.n.g l.ạ.n.h", "te te dong lanh", "t.ê t.ê đ.ô.n.g l.ạ.n.h")]
    [InlineData("p.e.l.l.e d.i t.i.g.r.e", "pelle di tigre", "p.e.l.l.e d.i t.i.g.r.e")]
    // Letters split across the gaps between words are joined into one word (matched by a phrase's joined form)
    [InlineData("c o r n o d i r i n o c e r o n t e", "cornodirinoceronte", "c o r n o d i r i n o c e r o n t e")]
    // Confusable letters, folded toward the word's script
    [InlineData("rhіnо horn", "rhino", "rhіnо")]
    [InlineData("іvоrу", "ivory", "іvоrу")]
    [InlineData("ΙVΟRY", "ivory", "ΙVΟRY")]
    [InlineData("IVORY", "ivory", "IVORY")]
    [InlineData("cлoн", "слон", "cлoн")]
    [InlineData("CЛOH", "слон", "CЛOH")]
    [InlineData("ɑnd ıvory", "ivory", "ıvory")]
    // A word that no letter of its own places in a script takes the script of the text around it
    [InlineData("соr mаrfіm", "cor marfim", "соr mаrfіm")]
    [InlineData("dеntе dі ірророtаmо", "dente di ippopotamo", "dеntе dі ірророtаmо")]
    // Emoji become their English name, in every unit
    [InlineData("ngà 🐘", "elephant", "🐘")]
    [InlineData("🦏 horn", "rhinoceros horn", "🦏 horn")]
    [InlineData("tiger 🦷🦷", "tooth", "🦷")]
    [InlineData("🐘\uFE0F tusk", "elephant", "🐘\uFE0F")]
    public void Finds_disguised_term_and_maps_it_back(string text, string folded, string original)
    {
        string typed = OriginalOf(text, folded);

        Assert.Equal(original, typed);
    }

    [Theory]
    // Prices, sizes, weights, phone numbers and dates are numbers, not leetspeak
    [InlineData("1,500")]
    [InlineData("$500")]
    [InlineData("2.5k")]
    [InlineData("10cm")]
    [InlineData("2kg")]
    [InlineData("100g")]
    [InlineData("5pcs")]
    [InlineData("1st")]
    [InlineData("50pcs")]
    [InlineData("10th")]
    [InlineData("99kg")]
    [InlineData("500usd")]
    [InlineData("+84 912 345 678")]
    [InlineData("2025-03-01")]
    [InlineData("03/01/2025")]
    [InlineData("10x20cm")]
    [InlineData("2x4cm")]
    [InlineData("iphone12")]
    [InlineData("covid19")]
    [InlineData("mp3")]
    [InlineData("ps5")]
    [InlineData("wow!")]
    [InlineData("@shop")]
    [InlineData("rhino!!")]
    [InlineData("象牙2个")]
    [InlineData("a100b")]
    [InlineData("top10")]
    public void Leaves_real_numbers_and_punctuation_alone(string text)
    {
        string value = s_normalizer.Normalize(text).Value;

        Assert.Equal(text.ToLowerInvariant(), value);
    }

    [Theory]
    // Ordinary text with single-letter words is not joined
    [InlineData("I am a big fan", "i am a big fan")]
    [InlineData("perros y gatos", "perros y gatos")]
    [InlineData("a b testing", "a b testing")]
    [InlineData("e.g. this", "e.g. this")]
    [InlineData("1 2 3 go", "1 2 3 go")]
    [InlineData("I/O ports", "i/o ports")]
    [InlineData("U.S. made", "u.s. made")]
    [InlineData("यह की है", "यह की है")]
    [InlineData("코끼리 상아", "코끼리 상아")]
    public void Does_not_join_ordinary_single_letter_words(string text, string expected)
    {
        string value = s_normalizer.Normalize(text).Value;

        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("🐘", " elephant ")]
    [InlineData("🦏", " rhinoceros ")]
    [InlineData("🦷", " tooth ")]
    [InlineData("ngà 🐘", "nga elephant ")]
    [InlineData("🐘🏾", " elephant ")]
    [InlineData("象牙🐘", "象牙 elephant ")]
    public void Spells_emoji_as_separate_english_tokens(string text, string expected)
    {
        NormalizedText normalized = s_normalizer.Normalize(text);

        Assert.Equal(expected, normalized.Value);
    }

    [Fact]
    public void Maps_every_unit_of_an_emoji_name_to_the_emoji()
    {
        const string Text = "ab 🦏 cd";

        NormalizedText normalized = s_normalizer.Normalize(Text);

        int at = normalized.Value.IndexOf("rhinoceros", StringComparison.Ordinal);
        for (int i = at; i < at + "rhinoceros".Length; i++)
        {
            Assert.Equal(new TextSpan(3, 5), normalized.ToOriginalSpan(new TextSpan(i, i + 1)));
        }
    }
}
