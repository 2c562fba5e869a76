using Microsoft.Extensions.Options;

namespace WildTrace.Hub.Learning;

/// <summary>
/// Files new-term proposals every <see cref="LearningOptions.MiningInterval"/> (off with
/// <see cref="LearningOptions.IsMiningEnabled"/>). The first round waits one interval, so start-up does no mining; a
/// failed round is logged and the next one tries again.
/// </summary>
internal sealed class LearningWorker(
    TermProposer proposer, TimeProvider time, IOptions<LearningOptions> options, ILogger<LearningWorker> logger) : BackgroundService
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _round = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the next round ends, whether it filed anything or failed (tests drive rounds with a fake clock).</summary>
    public Task NextRoundAsync()
    {
        lock (_gate)
        {
            return _round.Task;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsMiningEnabled)
        {
            LearningLog.WorkerDisabled(logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.MiningInterval, time, stoppingToken);
                await proposer.ProposeAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LearningLog.RunFailed(logger, e); // the boundary of one round
            }

            TaskCompletionSource finished;
            lock (_gate)
            {
                finished = _round;
                _round = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            finished.TrySetResult();
        }
    }
}
