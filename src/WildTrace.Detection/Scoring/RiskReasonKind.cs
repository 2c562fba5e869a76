namespace WildTrace.Detection.Scoring;

/// <summary>What sort of evidence a <see cref="RiskReason"/> is.</summary>
public enum RiskReasonKind
{
    /// <summary>A term of the term list naming a species or product (<c>rhino horn</c>, <c>象牙</c>).</summary>
    Term = 0,

    /// <summary>Words that offer something for sale (<c>for sale</c>, <c>inbox</c>, <c>ship COD</c>, <c>出</c>).</summary>
    SaleIntent = 1,

    /// <summary>A price or a currency next to a number.</summary>
    Price = 2,

    /// <summary>A way to reach the seller off-platform: phone number, messaging handle, e-mail or web address.</summary>
    Contact = 3,

    /// <summary>A claim that usually covers illegal goods (<c>pre-ban</c>, <c>antique</c>, <c>bovine bone</c>).</summary>
    CoverClaim = 4,

    /// <summary>A cue that a live animal is offered (age, <c>weaned</c>, <c>captive bred</c>, cage).</summary>
    LiveAnimal = 5,

    /// <summary>A quantity or wholesale cue (<c>10 kg</c>, <c>wholesale</c>, <c>批发</c>).</summary>
    Quantity = 6,

    /// <summary>Words that make an innocent reading likely (colour names, toys, prints, news, conservation).</summary>
    NegativeContext = 7,

    /// <summary>A term that was found only after undoing obfuscation (leetspeak, homoglyphs, pinyin, homophones…).</summary>
    Obfuscation = 8,

    /// <summary>A finding of an <see cref="Scanning.IDetector"/>.</summary>
    Detector = 9,

    /// <summary>A clause of the <see cref="RiskPolicy"/> that set the verdict.</summary>
    Policy = 10,
}
