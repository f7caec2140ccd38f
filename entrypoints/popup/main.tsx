import { mount } from '@/components/mount';
import { App, firstPage } from './App';

// App's first page is asked for as its module loads (opening the database with it), while the
// settings load; the popup renders once both are in, its rows in the first render.
mount(App, firstPage);
