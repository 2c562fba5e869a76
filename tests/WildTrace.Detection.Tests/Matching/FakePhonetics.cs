namespace WildTrace.Detection.Tests.Matching;

/// <summary>
/// A stand-in for <see cref="WildTrace.Detection.Text.HanPhonetics.ToPhoneticKey(string)"/> that knows two Mandarin
/// syllables: 牙/芽/蚜 (yá) and 象/像/橡 (xiàng). Same length in and out, like the real one.
/// </summary>
internal static class FakePhonetics
{
    public static string ToPhoneticKey(string normalized) => string.Create(normalized.Length, normalized, static (key, text) =>
    {
        for (int i = 0; i < text.Length; i++)
        {
            key[i] = text[i] switch
            {
                '牙' or '芽' or '蚜' => '\uE001',
                '象' or '像' or '橡' => '\uE002',
                char c => c,
            };
        }
    });
}
