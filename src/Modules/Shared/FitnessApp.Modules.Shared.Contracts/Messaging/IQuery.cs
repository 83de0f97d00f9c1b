using MediatR;

namespace FitnessApp.Modules.Shared.Contracts.Messaging;

/// <summary>A request that only reads.</summary>
public interface IQuery<TResponse> : IRequest<TResponse>;
