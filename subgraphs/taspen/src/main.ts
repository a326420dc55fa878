// The taspen subgraph as a process of its own (docker-compose): SERVICE_PORT, DATABASE_URL, REDIS_URL.
import 'reflect-metadata';
import { main, runStandaloneService } from '#platform/main-service';
import { taspenService } from './service';

main(() => runStandaloneService(taspenService));
