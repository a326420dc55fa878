// The identity subgraph as a process of its own (docker-compose): SERVICE_PORT, DATABASE_URL, REDIS_URL.
import 'reflect-metadata';
import { main, runStandaloneService } from '#platform/main-service';
import { identityService } from './service';

main(() => runStandaloneService(identityService));
