namespace WildTrace.Cli.Bench;

/// <summary>
/// A small deterministic corpus so that <c>wildtrace bench</c> works offline without arguments. It imitates the
/// shape of ../shared/bench/gen_corpus.py (mostly innocent listings in several scripts, about 1 % with a term) but
/// not its size; use that generator for figures worth quoting.
/// </summary>
internal static class SyntheticCorpus
{
    private const int ListingCount = 20_000;
    private const int Seed = 42;

    private static readonly string[] s_species =
    [
        "elephant", "rhino", "pangolin", "tiger", "leopard", "bear", "shark", "turtle", "tortoise", "hornbill",
        "parrot", "macaw", "python", "cobra", "otter", "saiga", "musk deer", "sea cucumber", "totoaba", "gecko",
        "слон", "носорог", "тигр", "象", "犀牛", "穿山甲", "老虎", "玳瑁", "ช้าง", "เสือ", "sừng tê giác", "trenggiling",
    ];

    private static readonly string[] s_products =
    [
        "ivory", "horn", "scales", "bone", "skin", "claw", "tooth", "bile", "fin", "shell", "wine", "powder",
        "carving", "bangle", "beads", "pendant", "skull", "pelt", "cub", "eggs", "кость", "牙", "角", "鳞片", "งา",
    ];

    private static readonly string[] s_filler =
    [
        "selling", "used", "good", "condition", "price", "cheap", "original", "box", "phone", "chair", "table", "lamp",
        "bicycle", "watch", "dress", "shoes", "leather", "wooden", "garden", "call", "text", "pickup", "delivery",
        "новый", "продам", "цена", "出售", "全新", "价格", "手机", "ขาย", "ราคา", "mới", "bán", "giá", "murah", "jual",
    ];

    public static IEnumerable<string> Patterns()
    {
        foreach (string species in s_species)
        {
            yield return species;
            foreach (string product in s_products)
            {
                yield return species.Any(IsHan) && product.Any(IsHan) ? species + product : species + " " + product;
            }
        }
    }

    public static IEnumerable<string> Listings()
    {
        Random random = new(Seed);
        List<string> words = new(80);
        for (int i = 0; i < ListingCount; i++)
        {
            words.Clear();
            int count = random.Next(20, 70);
            for (int w = 0; w < count; w++)
            {
                words.Add(s_filler[random.Next(s_filler.Length)]);
            }

            if (random.Next(100) == 0)
            {
                words.Insert(random.Next(words.Count), s_species[random.Next(s_species.Length)] + " " + s_products[random.Next(s_products.Length)]);
            }

            yield return string.Join(' ', words);
        }
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
