namespace WildTrace.Hub.Idempotency;

internal static class ResultStatusExtensions
{
    public static IResult WithStatus(this IResult result, int status) => new WithStatusResult(result, status);
}
