import { mount } from '@/components/mount';
import { db } from '@/utils/db/index';
import { App } from './App';

// Opening the database takes a few round trips: start it while the settings load.
void db().open().catch(() => undefined);
mount(App);
