using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using WildTrace.Detection.Scanning;

namespace WildTrace.Cli.Scanning;

/// <summary>
/// The multi-threaded pipeline: one reader thread cuts the input into batches, N workers scan them, and the calling
/// thread writes them back in input order. Every batch enters the ordered queue before the work queue, so the writer
/// only waits for the batch that comes next; both queues are bounded, which bounds memory to a few batches per thread.
/// </summary>
internal static class ParallelScan
{
    public static void Run(
        LineReader reader, Stream output, ListingScanner scanner, ScanPipelineOptions options, ScanCounts totals,
        CancellationToken cancellationToken)
    {
        int threads = options.Threads;
        using CancellationTokenSource stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using BlockingCollection<LineBatch> work = new(threads * 2);
        using BlockingCollection<LineBatch> ordered = new(threads * 4);
        ConcurrentBag<LineBatch> spare = [];
        ExceptionDispatchInfo? readFailure = null;

        Task producer = Start(() =>
        {
            try
            {
                while (true)
                {
                    LineBatch batch = spare.TryTake(out LineBatch? reused) ? reused : new LineBatch(options.MaxBatchLines);
                    if (!ScanPipeline.Fill(reader, batch))
                    {
                        break;
                    }

                    ordered.Add(batch, stop.Token);
                    work.Add(batch, stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e) // an input I/O failure: handed to the calling thread, which rethrows it
            {
                readFailure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                ordered.CompleteAdding();
                work.CompleteAdding();
            }
        });

        Task[] workers = new Task[threads];
        for (int i = 0; i < threads; i++)
        {
            workers[i] = Start(() => ScanBatches(work, new BatchScanner(scanner, options.MaxLineBytes), stop.Token));
        }

        try
        {
            foreach (LineBatch batch in ordered.GetConsumingEnumerable(stop.Token))
            {
                batch.Done.Wait(stop.Token);
                if (batch.Failure is not null)
                {
                    ExceptionDispatchInfo.Throw(batch.Failure);
                }

                ScanPipeline.Write(batch, output, totals, options.Progress);
                batch.Clear();
                spare.Add(batch);
            }
        }
        finally
        {
            // On success everything has drained already; on failure this releases the reader and the workers.
            stop.Cancel();
            Task.WaitAll([producer, .. workers]);
        }

        readFailure?.Throw();
        cancellationToken.ThrowIfCancellationRequested(); // the reader may have stopped early, ending the loop quietly
    }

    private static void ScanBatches(BlockingCollection<LineBatch> work, BatchScanner batchScanner, CancellationToken stop)
    {
        try
        {
            foreach (LineBatch batch in work.GetConsumingEnumerable(stop))
            {
                try
                {
                    batchScanner.Process(batch);
                }
                catch (Exception e) // a defect: carried to the writer, which rethrows it in order
                {
                    batch.Failure = e;
                }
                finally
                {
                    batch.Done.Set();
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private static Task Start(Action action) =>
        Task.Factory.StartNew(action, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
