using System.Text.Json;
using WildTrace.Detection.Scanning;

namespace WildTrace.Detection.Scoring;

/// <summary>Reads the policy JSON of <see cref="RiskPolicy.TryParse"/>, collecting every error rather than the first.</summary>
internal static class PolicyParser
{
    private static readonly string[] s_topKeys = ["name", "description", "extends", "thresholds", "disable", "rules"];
    private static readonly string[] s_ruleKeys = ["id", "clause", "groups", "cites", "forms", "needsSaleIntent", "action"];
    private static readonly string[] s_appendices = ["I", "I/II", "II", "III", "none"];
    private static readonly string[] s_forms = ["live", "parts"];

    public static RiskPolicy? Parse(string json, List<string> errors, Func<string, RiskPolicy?> resolve)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            errors.Add($"not valid JSON: {e.Message}");
            return null;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add("the policy must be a JSON object");
                return null;
            }

            CheckKeys(root, s_topKeys, "", errors);
            string name = ReadString(root, "name", "", errors) ?? "";
            if (name.Length == 0)
            {
                errors.Add("name: required");
            }

            RiskPolicy? parent = null;
            if (root.TryGetProperty("extends", out JsonElement extends))
            {
                parent = extends.ValueKind == JsonValueKind.String ? resolve(extends.GetString()!) : null; // kind checked
                if (parent is null)
                {
                    errors.Add($"extends: unknown policy {extends.GetRawText()} (only \"coalition-baseline\" can be extended)");
                }
            }

            ScanThresholds thresholds = ReadThresholds(root, parent?.Thresholds, errors);
            List<PolicyRule> rules = [.. parent?.Rules ?? []];
            foreach (string id in ReadStrings(root, "disable", "", errors))
            {
                if (rules.RemoveAll(r => r.Id == id) == 0)
                {
                    errors.Add($"disable: no rule '{id}' to disable");
                }
            }

            HashSet<string> ownIds = new(StringComparer.Ordinal);
            if (root.TryGetProperty("rules", out JsonElement list))
            {
                if (list.ValueKind != JsonValueKind.Array)
                {
                    errors.Add("rules: must be an array");
                }
                else
                {
                    int index = 0;
                    foreach (JsonElement element in list.EnumerateArray())
                    {
                        PolicyRule? rule = ReadRule(element, $"rules[{index++}]", errors);
                        if (rule is not null && !ownIds.Add(rule.Id))
                        {
                            errors.Add($"rules[{index - 1}].id: '{rule.Id}' appears twice");
                        }
                        else if (rule is not null)
                        {
                            rules.RemoveAll(r => r.Id == rule.Id);
                            rules.Add(rule);
                        }
                    }
                }
            }

            return errors.Count == 0 ? new RiskPolicy(name, thresholds, rules.AsReadOnly()) : null;
        }
    }

    private static ScanThresholds ReadThresholds(JsonElement root, ScanThresholds? inherited, List<string> errors)
    {
        if (!root.TryGetProperty("thresholds", out JsonElement element))
        {
            if (inherited is null)
            {
                errors.Add("thresholds: required");
            }

            return inherited ?? ScanThresholds.Default;
        }

        CheckKeys(element, ["review", "block"], "thresholds.", errors);
        double review = ReadProbability(element, "review", inherited?.Review, errors);
        double block = ReadProbability(element, "block", inherited?.Block, errors);
        if (review > block)
        {
            errors.Add($"thresholds: review ({review}) must not exceed block ({block})");
        }

        return new ScanThresholds { Review = review, Block = block };
    }

    private static double ReadProbability(JsonElement parent, string key, double? inherited, List<string> errors)
    {
        if (!parent.TryGetProperty(key, out JsonElement value))
        {
            if (inherited is null)
            {
                errors.Add($"thresholds.{key}: required");
            }

            return inherited ?? 0;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out double number) || number is < 0 or > 1)
        {
            errors.Add($"thresholds.{key}: {value.GetRawText()} is not a number from 0 to 1");
            return 0;
        }

        return number;
    }

    private static PolicyRule? ReadRule(JsonElement element, string path, List<string> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}: must be an object");
            return null;
        }

        int before = errors.Count;
        CheckKeys(element, s_ruleKeys, path + ".", errors);
        string? id = ReadString(element, "id", path + ".", errors);
        string? clause = ReadString(element, "clause", path + ".", errors);
        if (string.IsNullOrEmpty(id))
        {
            errors.Add($"{path}.id: required");
        }

        if (string.IsNullOrEmpty(clause))
        {
            errors.Add($"{path}.clause: required");
        }

        string[] groups = ReadStrings(element, "groups", path + ".", errors);
        foreach (string group in groups.Where(g => !SpeciesCatalog.Default.IsGroup(g)))
        {
            errors.Add($"{path}.groups: '{group}' is not a species group of data/species/species.tsv");
        }

        string[] appendices = ReadStrings(element, "cites", path + ".", errors);
        foreach (string appendix in appendices.Where(a => !s_appendices.Contains(a)))
        {
            errors.Add($"{path}.cites: '{appendix}' is not one of {string.Join(", ", s_appendices)}");
        }

        string[] forms = ReadStrings(element, "forms", path + ".", errors);
        foreach (string form in forms.Where(f => !s_forms.Contains(f)))
        {
            errors.Add($"{path}.forms: '{form}' is not one of live, parts");
        }

        bool needsSale = false;
        if (element.TryGetProperty("needsSaleIntent", out JsonElement sale))
        {
            if (sale.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                needsSale = sale.GetBoolean();
            }
            else
            {
                errors.Add($"{path}.needsSaleIntent: must be true or false");
            }
        }

        string action = ReadString(element, "action", path + ".", errors) ?? "";
        ScanVerdict verdict = action switch { "block" => ScanVerdict.Block, "review" => ScanVerdict.Review, _ => ScanVerdict.Allow };
        if (verdict == ScanVerdict.Allow)
        {
            errors.Add($"{path}.action: '{action}' is not one of review, block");
        }

        return errors.Count > before ? null : new PolicyRule
        {
            Id = id!, // checked non-empty above
            Clause = clause!,
            Groups = groups,
            Appendices = appendices,
            Forms = forms,
            IsSaleIntentRequired = needsSale,
            Action = verdict,
        };
    }

    private static void CheckKeys(JsonElement element, string[] known, string path, List<string> errors)
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                errors.Add($"{path}{property.Name}: unknown key (expected one of {string.Join(", ", known)})");
            }
        }
    }

    private static string? ReadString(JsonElement parent, string key, string path, List<string> errors)
    {
        if (!parent.TryGetProperty(key, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{path}{key}: must be a string");
            return null;
        }

        return value.GetString();
    }

    private static string[] ReadStrings(JsonElement parent, string key, string path, List<string> errors)
    {
        if (!parent.TryGetProperty(key, out JsonElement value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            errors.Add($"{path}{key}: must be an array of strings");
            return [];
        }

        return [.. value.EnumerateArray().Select(v => v.GetString()!)]; // every item was checked to be a string
    }
}
