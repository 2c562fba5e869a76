namespace WildTrace.Detection.Tests.Imaging;

/// <summary>A binary PGM (P5) or PPM (P6) file with 8-bit samples: the decoder-independent PDQ vectors.</summary>
internal sealed record Pnm(int Width, int Height, int Channels, byte[] Pixels)
{
    public static Pnm Read(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        int position = 0;
        string magic = Token(bytes, ref position);
        int width = int.Parse(Token(bytes, ref position), System.Globalization.CultureInfo.InvariantCulture);
        int height = int.Parse(Token(bytes, ref position), System.Globalization.CultureInfo.InvariantCulture);
        int max = int.Parse(Token(bytes, ref position), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(255, max);
        int channels = magic switch
        {
            "P5" => 1,
            "P6" => 3,
            _ => throw new InvalidDataException("not a binary PGM or PPM: " + magic),
        };

        // Exactly one whitespace byte separates the header from the samples.
        position++;
        return new Pnm(width, height, channels, bytes.AsSpan(position, width * height * channels).ToArray());
    }

    private static string Token(byte[] bytes, ref int position)
    {
        while (char.IsWhiteSpace((char)bytes[position]) || bytes[position] == '#')
        {
            if (bytes[position] == '#')
            {
                while (bytes[position] != '\n')
                {
                    position++;
                }
            }

            position++;
        }

        int start = position;
        while (!char.IsWhiteSpace((char)bytes[position]))
        {
            position++;
        }

        return System.Text.Encoding.ASCII.GetString(bytes, start, position - start);
    }
}
