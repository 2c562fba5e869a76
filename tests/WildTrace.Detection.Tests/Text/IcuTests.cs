namespace WildTrace.Detection.Tests.Text;

public sealed class IcuTests
{
    [Fact]
    public void Nfkc_folds_full_width_letters_so_icu_is_loaded()
    {
        // In invariant-globalisation mode Normalize returns non-ASCII input unchanged; this guards the build.
        string folded = "\uFF49".Normalize(System.Text.NormalizationForm.FormKC);

        Assert.Equal("i", folded);
    }
}
