using Microsoft.AspNetCore.Mvc.RazorPages;

namespace WildTrace.Hub.Pages;

internal sealed class IndexModel : PageModel;
