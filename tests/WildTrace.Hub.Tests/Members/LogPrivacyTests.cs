using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using WildTrace.Hub.Members;
using WildTrace.Hub.Tests.Support;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Members;

public sealed class LogPrivacyTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sign_in_setup_and_key_work_log_no_keys_addresses_or_passwords()
    {
        await using HubHost hub = await HubHost.StartAsync();
        CapturingLoggerProvider logs = new();
        await using WebApplicationFactory<Program> logged = hub.WithWebHostBuilder(builder => builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(logs);
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace);
        }));
        using HttpClient admin = Client(logged, hub.AdminKey);
        using HttpClient browser = Client(logged, null);
        const string AdminEmail = "first.admin@example.org";
        const string UserEmail = "engineer.person@example.org";
        const string WrongPassword = "not the password 123";

        (await HubForms.PostAsync(browser, "/Account/Setup",
            [new("AdminKey", hub.AdminKey), new("Email", AdminEmail), new("DisplayName", "First Admin"), new("Password", MemberRequests.Password)])).Dispose();
        OrganisationResponse platform = await admin.CreateOrganisationAsync("Platform", OrganisationKind.Platform);
        await admin.CreateUserAsync(platform.Id, UserEmail, HubRole.MemberEngineer);
        CreatedApiKeyResponse key = await admin.CreateApiKeyAsync(platform.Id, HubRole.MemberEngineer);
        using HttpClient engineer = Client(logged, key.Key);
        (await engineer.GetAsync("/api/v1/me", Cancel)).Dispose();
        (await admin.DeleteAsync($"/api/v1/apikeys/{key.KeyId}", Cancel)).Dispose();
        using HttpClient stranger = Client(logged, null);
        (await HubForms.SignInAsync(stranger, UserEmail, WrongPassword)).Dispose();
        (await HubForms.SignInAsync(stranger, UserEmail, MemberRequests.Password)).Dispose();
        string all = string.Join('\n', logs.Lines);

        Assert.Contains("signed in", all, StringComparison.Ordinal); // the capture works
        Assert.DoesNotContain(hub.AdminKey[4..], all, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Key[(4 + 12 + 1)..], all, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminEmail, all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(UserEmail, all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(MemberRequests.Password, all, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongPassword, all, StringComparison.Ordinal);
    }

    private static HttpClient Client(WebApplicationFactory<Program> factory, string? apiKey)
    {
        HttpClient client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }
}
