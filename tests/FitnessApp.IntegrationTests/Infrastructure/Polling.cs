namespace FitnessApp.IntegrationTests.Infrastructure;

/// <summary>Waits for something that happens in the background (outbox delivery), with a timeout instead of a sleep.</summary>
public static class Polling
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, string? because = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting{(because is null ? string.Empty : $" for {because}")}; last value: {value}");
            }

            await Task.Delay(25);
        }
    }
}
