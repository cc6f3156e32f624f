// One test at a time: the fleet's latency bounds must not share two cores with an image build or another fleet.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
