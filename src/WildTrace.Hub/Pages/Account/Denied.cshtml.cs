using Microsoft.AspNetCore.Mvc.RazorPages;

namespace WildTrace.Hub.Pages.Account;

internal sealed class DeniedModel : PageModel;
