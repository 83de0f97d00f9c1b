using MediatR;

namespace FitnessApp.Modules.Shared.Contracts.Messaging;

/// <summary>Marks a request that changes state: the unit-of-work behaviour wraps it in one transaction.</summary>
public interface ICommand;

/// <summary>A request that changes state and answers with <typeparamref name="TResponse"/>.</summary>
public interface ICommand<TResponse> : IRequest<TResponse>, ICommand;
